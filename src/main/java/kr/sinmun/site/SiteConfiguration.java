package kr.sinmun.site;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	// First in line, ahead of Spring Security's filters: a hit must cost as little as possible.
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ViewTracker viewTracker,
			PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, viewTracker));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setEnabled(properties.enabled());
		registration.addUrlPatterns("/*");
		return registration;
	}

}
