package kr.sinmun.platform;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves {@code /css/**} and {@code /js/**} through Spring's resource chain: a content-hashed name
 * ({@code site-<md5>.css}) for a year, {@code immutable}; the plain name, for anything that still asks for it,
 * revalidated every time. Both answer with the file precompressed at build time ({@code PrecompressedAssets}) when
 * the browser accepts Brotli or gzip.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {

	static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	// The content version strategy's hash: 32 hex digits (MD5) before the extension.
	private static final String HASHED_NAME = "{file:[a-z0-9.-]+-[0-9a-f]{32}\\.[a-z]+}";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			// CASE: a hash that is not the file's content is a 404 from the chain, before any Cache-Control is set,
			// so no one keeps a wrong answer for a year.
			chain(registry.addResourceHandler("/" + folder + "/" + HASHED_NAME), folder).setCacheControl(HASHED);
			chain(registry.addResourceHandler("/" + folder + "/**"), folder).setCacheControl(CacheControl.noCache());
		}
	}

	private static ResourceHandlerRegistration chain(ResourceHandlerRegistration registration, String folder) {
		registration.addResourceLocations("classpath:/static/" + folder + "/");
		// The chain's own cache would key q=0 refusals as acceptances; StaticAssets brings one that does not.
		ResourceChainRegistration chain = registration.resourceChain(false);
		StaticAssets.resolvers().forEach(chain::addResolver);
		return registration;
	}

}
