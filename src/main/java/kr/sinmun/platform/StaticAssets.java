package kr.sinmun.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The addresses pages give for their style sheets and scripts: content-hashed ({@code /css/site-0123…cdef.css}),
 * so a browser or CDN may keep each for a year and a changed file is a new address. Spring's resource chain does
 * the work ({@link StaticAssetsConfiguration}); pages ask here for the hashed address of a plain path.
 */
@Component
public class StaticAssets {

	private final ResourceUrlProvider urls;

	// One entry per path a template names: a handful, fixed by the code.
	private final Map<String, String> hashed = new ConcurrentHashMap<>();

	StaticAssets(@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider urls) {
		this.urls = urls;
	}

	/** The content-hashed address of {@code path} ({@code /css/site.css}); the path itself if it has none. */
	public String url(String path) {
		String known = hashed.get(path);
		if (known != null) {
			return known;
		}
		String found = urls.getForLookupPath(path);
		// CASE: asked before the handlers are known (never after startup): answer plainly, remember nothing.
		if (found == null) {
			return path;
		}
		hashed.put(path, found);
		return found;
	}

	/**
	 * The resolvers behind {@code /css/**} and {@code /js/**}: the precompressed {@code .br} or {@code .gz} file
	 * made at build time when the browser accepts it, and the content hash in the file name.
	 */
	static List<ResourceResolver> resolvers() {
		return List.of(new CodingAwareCache(), new BrotliFirst(),
				new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** The codings an {@code Accept-Encoding} value accepts, refusals ({@code q=0}) dropped, Brotli first. */
	static List<String> accepted(String header) {
		List<String> accepted = new ArrayList<>();
		if (header == null) {
			return accepted;
		}
		for (String token : header.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = token.split(";");
			String coding = parts[0].strip();
			boolean refused = parts.length > 1 && parts[1].strip().matches("q\\s*=\\s*0(\\.0*)?");
			if (!coding.isEmpty() && !refused) {
				accepted.add(coding);
			}
		}
		accepted.sort(Comparator.comparing(coding -> !coding.equals("br")));
		return accepted;
	}

	/**
	 * Spring's resolver tries the codings in the order the browser lists them, and browsers list {@code gzip}
	 * first ({@code gzip, deflate, br, zstd}) though Brotli is smaller; it also reads {@code br;q=0} as an
	 * acceptance. This one hands it the accepted codings, refusals dropped, Brotli first.
	 */
	static final class BrotliFirst extends EncodedResourceResolver {

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			if (request == null || request.getHeader(HttpHeaders.ACCEPT_ENCODING) == null) {
				return super.resolveResourceInternal(request, requestPath, locations, chain);
			}
			String reordered = String.join(", ", accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
			return super.resolveResourceInternal(new HttpServletRequestWrapper(request) {
				@Override
				public String getHeader(String name) {
					return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) ? reordered : super.getHeader(name);
				}
			}, requestPath, locations, chain);
		}

	}

	/**
	 * Remembers what each path resolved to (the content hash is an MD5 of the file), keyed by the codings the
	 * request accepts as {@link BrotliFirst} reads them, so a {@code br;q=0} request never gets a cached Brotli
	 * answer. Only found files are kept: at most the files under {@code /css} and {@code /js}, by two names each,
	 * times the four sets of codings that matter.
	 */
	static final class CodingAwareCache extends CachingResourceResolver {

		CodingAwareCache() {
			super(new ConcurrentMapCache("static-assets"));
		}

		@Override
		protected String computeKey(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations) {
			String key = super.computeKey(null, requestPath, locations);
			if (request == null) {
				return key;
			}
			List<String> codings = accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING)).stream()
				.filter(coding -> coding.equals("br") || coding.equals("gzip"))
				.sorted()
				.toList();
			return key + "+encoding=" + String.join(",", codings);
		}

	}

}
