package kr.sinmun.newsroom;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Only the newsroom has sessions, so Spring Session's filter runs only there. Reader pages, often served
 * straight from the page cache, skip its request and response wrappers. Sessions are written with
 * PostgreSQL upserts.
 */
@Configuration(proxyBeanMethods = false)
class NewsroomSessionScope {

	// Boot registers Spring Session's filter under a name with this in it.
	private static final String SESSION_FILTER = "sessionRepositoryFilter";

	// CASE: an editor's tabs, autosave and uploads share one session; two of its requests that both add an
	// attribute for the first time (the CSRF token after a login) would both INSERT it, and one would fail on
	// the primary key with a 500. Spring Session's own customizer turns the insert into INSERT … ON CONFLICT.
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	static BeanPostProcessor newsroomOnlySessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				boolean sessions = (bean instanceof DelegatingFilterProxyRegistrationBean
						&& beanName.toLowerCase(java.util.Locale.ROOT).contains(SESSION_FILTER.toLowerCase(java.util.Locale.ROOT)))
						|| (bean instanceof FilterRegistrationBean<?> plain
								&& plain.getFilter() instanceof SessionRepositoryFilter<?>);
				if (sessions) {
					((AbstractFilterRegistrationBean<?>) bean).setUrlPatterns(List.of("/newsroom", "/newsroom/*"));
				}
				return bean;
			}
		};
	}

}
