package kr.sinmun.pagecache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.servlet.ServletException;

import org.apache.catalina.Globals;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

import kr.sinmun.platform.CachePolicy;
import kr.sinmun.platform.StrictTransportSecurity;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Answers page-cache hits in Tomcat's engine pipeline, before the request reaches the web application: no
 * host or context valves, no filter chain, and headers handed to the connector as the bytes {@link PageCache}
 * stored with the page. Anything that is not a hit goes on to {@link PageCacheFilter} unchanged. What a hit is
 * answered with is decided in {@link CachedAnswers}, for the filter too; this class only hands the parts to the
 * connector.
 *
 * <p>Why not in the filter: measured with JFR under wrk on a cached article, a hit answered by the filter
 * allocated about 4 KB, 29% of it in Tomcat encoding each header string anew (a new {@code CharsetEncoder} per
 * header), and the young collections that allocation caused every 0.3 s were what readers met as the p99.
 * Handing the connector bytes costs no encoding at all.
 *
 * <p>It sits behind Spring Boot's {@code RemoteIpValve}, so the reader's address is the one from
 * {@code X-Forwarded-For} when a trusted proxy is in front, as view counting needs.
 */
final class CachedPageValve extends ValveBase {

	private static final byte[] DATE = "Date".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] HSTS_NAME = StrictTransportSecurity.NAME.getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] HSTS_VALUE = StrictTransportSecurity.VALUE.getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] LOCATION = "Location".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] CACHE_CONTROL = "Cache-Control".getBytes(StandardCharsets.ISO_8859_1);

	private final PageCache cache;

	private final CachedAnswers answers;

	private final byte[] redirectCacheControl;

	// Tomcat formats the Date header once a second; the bytes are kept with the string they were made from.
	private volatile FormattedDate date = new FormattedDate("", new byte[0]);

	CachedPageValve(PageCache cache, CachedAnswers answers, CachePolicy policy) {
		super(true);
		this.cache = cache;
		this.answers = answers;
		this.redirectCacheControl = policy.cacheControl(CachePolicy.Kind.REDIRECT)
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!answers.isCacheable(request)) {
			getNext().invoke(request, response);
			return;
		}
		String path = request.getRequestURI();
		String canonical = PageLookup.articleRedirect(path);
		if (canonical != null) {
			redirect(request, response, canonical);
			return;
		}
		PageCache.CachedPage page = PageLookup.find(cache, path, request.getQueryString());
		if (page == null) {
			getNext().invoke(request, response);
			return;
		}
		answers.answer(page, request, new ConnectorTarget(request, response.getCoyoteResponse()));
	}

	// The connector's own response: headers as the stored bytes, the body straight into its write buffer.
	private final class ConnectorTarget implements CachedAnswers.Target {

		private final Request request;

		private final org.apache.coyote.Response coyote;

		private final MimeHeaders headers;

		ConnectorTarget(Request request, org.apache.coyote.Response coyote) {
			this.request = request;
			this.coyote = coyote;
			this.headers = coyote.getMimeHeaders();
		}

		@Override
		public void header(PageCache.Header header) {
			add(headers, header.nameBytes(), header.valueBytes());
		}

		@Override
		public void requestHeaders() {
			addCommon(request, headers);
		}

		// Tomcat commits when the response is closed (a 304 without its body).
		@Override
		public void status(int status) {
			coyote.setStatus(status);
		}

		@Override
		public void contentLength(int length) {
			coyote.setContentLength(length);
		}

		// Read by the connector itself when it commits: the file goes out from the kernel.
		@Override
		public void sendfile(Path file, long length) {
			org.apache.coyote.Request connectorRequest = request.getCoyoteRequest();
			connectorRequest.setAttribute(Globals.SENDFILE_FILENAME_ATTR, file.toString());
			connectorRequest.setAttribute(Globals.SENDFILE_FILE_START_ATTR, 0L);
			connectorRequest.setAttribute(Globals.SENDFILE_FILE_END_ATTR, length);
		}

		// Commits the headers and copies the body into the connection's write buffer; both leave in one write
		// when the response is closed (ResponseWrites).
		@Override
		public void body(byte[] bytes) throws IOException {
			coyote.doWrite(ByteBuffer.wrap(bytes));
		}

	}

	// A wrong address of an article: answered here, from the path alone, with no render and no cache entry, so
	// that made-up slugs cost no more than a hit (SiteController gives the same answer to what skips the valve).
	private void redirect(Request request, Response response, String canonical) {
		org.apache.coyote.Response coyote = response.getCoyoteResponse();
		MimeHeaders headers = coyote.getMimeHeaders();
		add(headers, LOCATION, canonical.getBytes(StandardCharsets.ISO_8859_1));
		add(headers, CACHE_CONTROL, redirectCacheControl);
		addCommon(request, headers);
		coyote.setStatus(301);
		coyote.setContentLength(0);
	}

	// What depends on the moment and on the request, never stored with a page.
	private void addCommon(Request request, MimeHeaders headers) {
		if (request.isSecure()) {
			add(headers, HSTS_NAME, HSTS_VALUE);
		}
		add(headers, DATE, date());
	}

	// The value is copied into the header field's own buffer, never handed over: Tomcat keeps a connection's
	// fields from one response to the next, and MessageBytes.setLong writes Content-Length's digits into whatever
	// buffer the field it takes last held. Handed a page's stored bytes, a later response with fewer headers would
	// rewrite them for every reader (seen: "max-age=…" arriving as "14889ge=…"). A field's buffer grows once and
	// is reused, so the copy allocates nothing once the connection is warm.
	private static void add(MimeHeaders headers, byte[] name, byte[] value) {
		MessageBytes field = headers.addValue(name, 0, name.length);
		ByteChunk own = field.getByteChunk();
		own.allocate(Math.max(value.length, 1), -1);
		System.arraycopy(value, 0, own.getBuffer(), 0, value.length);
		field.setBytes(own.getBuffer(), 0, value.length);
	}

	private byte[] date() {
		String now = FastHttpDateFormat.getCurrentDate();
		FormattedDate current = date;
		if (!current.text().equals(now)) {
			current = new FormattedDate(now, now.getBytes(StandardCharsets.ISO_8859_1));
			date = current;
		}
		return current.bytes();
	}

	private record FormattedDate(String text, byte[] bytes) {
	}

	/**
	 * Puts the valve into the engine's pipeline. It runs after Spring Boot's own Tomcat customizer (order 0),
	 * which adds the {@code RemoteIpValve}, so the valve comes after that one.
	 */
	static final class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		private final PageCache cache;

		private final CachedAnswers answers;

		private final CachePolicy policy;

		Installer(PageCache cache, CachedAnswers answers, CachePolicy policy) {
			this.cache = cache;
			this.answers = answers;
			this.policy = policy;
		}

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addEngineValves(new CachedPageValve(cache, answers, policy));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
