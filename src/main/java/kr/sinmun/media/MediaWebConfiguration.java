package kr.sinmun.media;

import java.time.Duration;

import kr.sinmun.platform.DataDirectory;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Stored files never change (every upload gets a new name), so browsers and CDNs may keep them for a year. */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

	private final DataDirectory dataDirectory;

	MediaWebConfiguration(DataDirectory dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/media/**")
			.addResourceLocations(dataDirectory.media().toUri().toString())
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

}
