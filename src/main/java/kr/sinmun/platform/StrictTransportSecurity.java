package kr.sinmun.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The paper's {@code Strict-Transport-Security} header, in one place. It depends on the request: RFC 6797
 * (7.2) forbids sending it over plain HTTP, so it is written per response, on secure requests only (behind a
 * TLS-terminating proxy, those that arrive with {@code X-Forwarded-Proto: https}), and never stored with a
 * cached page.
 */
public final class StrictTransportSecurity {

	public static final String NAME = "Strict-Transport-Security";

	/** One year, subdomains included: what Spring Security sends by default. */
	public static final String VALUE = "max-age=31536000 ; includeSubDomains";

	private StrictTransportSecurity() {
	}

	/** Adds the header when the request is secure; a Spring Security header writer. */
	public static void write(HttpServletRequest request, HttpServletResponse response) {
		if (request.isSecure() && !response.containsHeader(NAME)) {
			response.setHeader(NAME, VALUE);
		}
	}

}
