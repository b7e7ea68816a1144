package kr.sinmun.pagecache;

import kr.sinmun.platform.CachePolicy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the page cache in front of the application: the valve that answers hits in Tomcat's engine pipeline and
 * the filter that renders and stores what is missing. Both are registered here, by the module that owns them,
 * so that the modules rendering pages only render them.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	// First in line, ahead of the metrics filter and Spring Security: a hit must cost as little as possible
	// (what is measured per request is in bench/, not in a timer around every cache hit).
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, CachedAnswers answers,
			PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, answers));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setEnabled(properties.enabled());
		registration.addUrlPatterns("/*");
		return registration;
	}

	// Hits are answered before the filter chain; see CachedPageValve.
	@Bean
	@ConditionalOnProperty(name = "sinmun.page-cache.enabled", matchIfMissing = true)
	CachedPageValve.Installer cachedPageValve(PageCache cache, CachedAnswers answers, CachePolicy policy) {
		return new CachedPageValve.Installer(cache, answers, policy);
	}

	// The one way the valve and the filter answer from the cache. The session cookie's name is read from the
	// setting that names it for the newsroom, so renaming it cannot let a signed-in editor get a reader's page.
	@Bean
	CachedAnswers cachedAnswers(ViewTracker viewTracker,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		return new CachedAnswers(viewTracker, sessionCookie);
	}

}
