package kr.sinmun.platform;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The security headers of the reader site, as Spring Security's own header writers. The reader chain writes
 * them on every page, and the container's error pages (requests refused before the web application is
 * entered, where no filter runs) write the same ones, so no answer a reader can reach goes without them.
 */
final class SecurityHeaders {

	/**
	 * Frames from the site itself (the banners' sandboxed tag frames, ads.js) and from the video providers'
	 * players ({@link VideoProviders}) only. A page never holds a player: the reader's click on a video's still
	 * creates it (site.js), so nothing is asked of a provider before that.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; "
			+ "frame-src 'self' " + String.join(" ", VideoProviders.frameOrigins()) + "; form-action 'self'";

	/**
	 * HSTS goes only on requests that arrived over HTTPS (directly or through a trusted proxy), from
	 * {@link StrictTransportSecurity}, the one place the page cache also adds it from on a secure hit.
	 */
	static final List<HeaderWriter> READER = List.of(new XContentTypeOptionsHeaderWriter(),
			new XXssProtectionHeaderWriter(), StrictTransportSecurity::write,
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN),
			new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));

	private SecurityHeaders() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response) {
		for (HeaderWriter writer : READER) {
			writer.writeHeaders(request, response);
		}
	}

}
