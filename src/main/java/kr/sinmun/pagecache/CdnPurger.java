package kr.sinmun.pagecache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells the CDN in front which pages to drop: a {@code POST} to {@code sinmun.page-cache.purge-url} naming the
 * keys in a {@code Surrogate-Key} header and as JSON ({@code {"tags":[…]}}). It runs off the request path; a
 * failed purge is logged and the CDN's {@code s-maxage} bounds how stale it can be.
 */
@Component
class CdnPurger {

	private static final Logger log = LoggerFactory.getLogger(CdnPurger.class);

	private final String url;

	private final HttpClient http;

	private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "cdn-purge");
		thread.setDaemon(true);
		return thread;
	});

	CdnPurger(PageCacheProperties properties) {
		this.url = properties.purgeUrl();
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
	}

	void purge(Set<String> keys) {
		if (url.isBlank() || keys.isEmpty()) {
			return;
		}
		Set<String> sorted = new TreeSet<>(keys);
		String json = sorted.stream()
			.map(key -> "\"" + key + "\"")
			.collect(java.util.stream.Collectors.joining(",", "{\"tags\":[", "]}"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(5))
			.header("Surrogate-Key", String.join(" ", sorted))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		sender.execute(() -> {
			try {
				HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() / 100 != 2) {
					log.warn("CDN 캐시 삭제 요청 실패: HTTP {}", response.statusCode());
				}
			}
			catch (java.io.IOException ex) {
				log.warn("CDN 캐시 삭제 요청 실패: {}", ex.getClass().getSimpleName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

}
