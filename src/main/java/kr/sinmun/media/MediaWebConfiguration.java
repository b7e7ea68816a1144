package kr.sinmun.media;

import java.time.Duration;

import kr.sinmun.platform.DataDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Chooses the media store, and serves {@code /media/**} from it. Stored files never change (every upload gets a
 * new name), so browsers and CDNs may keep them for a year.
 */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaStore store;

	MediaWebConfiguration(MediaStore store) {
		this.store = store;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// A directory is served by Spring's resource handling (ranges, conditional requests, zero-copy);
		// an object store by S3MediaController.
		if (store instanceof DirectoryStore directory) {
			registry.addResourceHandler("/media/**")
				.addResourceLocations(directory.root().toUri().toString())
				.setCacheControl(FOREVER);
		}
	}

	@Bean
	DecodeBudget decodeBudget(DecodeProperties properties) {
		return DecodeBudget.of(properties);
	}

	@Configuration(proxyBeanMethods = false)
	static class Stores {

		@Bean
		MediaStore mediaStore(MediaStorageProperties properties, DataDirectory dataDirectory) {
			return switch (properties.store()) {
				case "directory" -> new DirectoryStore(dataDirectory.media());
				case "s3" -> new S3Store(properties.s3());
				default -> throw new IllegalStateException(
						"sinmun.media.store must be directory or s3, not " + properties.store());
			};
		}

	}

}
