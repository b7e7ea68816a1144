package kr.sinmun.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.res.StringManager;

/**
 * First in Tomcat's engine pipeline after the proxy-address valve, ahead of the page cache: answers the
 * requests nothing behind it can read, with the paper's Korean page (or problem details under {@code /api/})
 * and the security headers, and without a log line.
 * <ul>
 * <li>Requests Tomcat already refused while reading them: an encoded slash or NUL, a raw backslash or control
 * character, bytes that are not UTF-8, a request line or headers over {@code max-http-request-header-size}
 * (8 KB), {@code TRACE}, {@code CONNECT}. Tomcat only sets the status and leaves the page to the pipeline.</li>
 * <li>Query strings Tomcat's parameter parser would throw on the first time anyone asked for a parameter (the
 * page cache does, for every reader page): a {@code %} not followed by two hex digits, bytes that do not decode
 * as UTF-8, a parameter with no name ({@code ?=x}), more parameters than the connector allows. Decided from the
 * bytes here, once, so no code behind has to catch what would otherwise be a 500 and a stack trace.</li>
 * </ul>
 */
final class UnreadableRequestValve extends ValveBase {

	// The message Http11InputBuffer throws with when the request line or headers overflow its buffer, from the
	// same resource bundle and locale: the only thing that tells "too long" from other unreadable request lines.
	private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
		.getString("iib.requestheadertoolarge.error");

	private final ErrorResponses responses;

	UnreadableRequestValve(ErrorResponses responses) {
		super(true);
		this.responses = responses;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (response.isError() && !request.isAsync() && !request.isAsyncDispatching()) {
			response.setErrorReported();
			responses.write(request, response, refusal(request, response.getStatus()));
			return;
		}
		if (!readableQuery(request.getCoyoteRequest().queryString(), request.getConnector().getURICharset(),
				request.getConnector().getMaxParameterCount())) {
			responses.write(request, response, 400);
			return;
		}
		getNext().invoke(request, response);
	}

	// CASE: an overflow while the request line was still being read is a long address (414); after it, the
	// headers were too large (431). Anything else keeps the status Tomcat chose (400, 405, 501).
	private static int refusal(Request request, int status) {
		Object cause = request.getCoyoteRequest().getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (cause instanceof IllegalArgumentException overflow && HEADER_TOO_LARGE.equals(overflow.getMessage())) {
			return request.getCoyoteRequest().requestURI().isNull() ? 414 : 431;
		}
		return status >= 400 ? status : 400;
	}

	static boolean readableQuery(MessageBytes query, Charset charset, int maxParameters) {
		if (query.isNull()) {
			return true;
		}
		if (query.getType() == MessageBytes.T_BYTES) {
			ByteChunk chunk = query.getByteChunk();
			return readableQuery(chunk.getBuffer(), chunk.getStart(), chunk.getEnd(), charset, maxParameters);
		}
		byte[] bytes = query.toString().getBytes(StandardCharsets.ISO_8859_1);
		return readableQuery(bytes, 0, bytes.length, charset, maxParameters);
	}

	/**
	 * Whether Tomcat's {@code Parameters} would read {@code bytes[start, end)} without throwing: the same split
	 * on {@code &} and {@code =}, the same percent-decoding, the same strict charset decoding. A plain ASCII
	 * query without {@code %} (nearly every reader's) costs one pass over its bytes and no allocation.
	 */
	static boolean readableQuery(byte[] bytes, int start, int end, Charset charset, int maxParameters) {
		int parameters = 0;
		boolean plain = true;
		int segment = start;
		for (int i = start; i <= end; i++) {
			if (i == end || bytes[i] == '&') {
				if (i > segment) {
					if (bytes[segment] == '=') {
						return false;
					}
					parameters++;
				}
				segment = i + 1;
			}
			else if (bytes[i] == '%' || bytes[i] < 0) {
				plain = false;
			}
		}
		if (maxParameters >= 0 && parameters > maxParameters) {
			return false;
		}
		return plain || decodes(bytes, start, end, charset);
	}

	private static boolean decodes(byte[] bytes, int start, int end, Charset charset) {
		byte[] decoded = new byte[end - start];
		int length = 0;
		for (int i = start; i < end; i++) {
			if (bytes[i] == '%') {
				if (i + 2 >= end) {
					return false;
				}
				int high = Character.digit(bytes[i + 1], 16);
				int low = Character.digit(bytes[i + 2], 16);
				if (high < 0 || low < 0) {
					return false;
				}
				decoded[length++] = (byte) (high << 4 | low);
				i += 2;
			}
			else {
				decoded[length++] = bytes[i];
			}
		}
		try {
			charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(decoded, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
