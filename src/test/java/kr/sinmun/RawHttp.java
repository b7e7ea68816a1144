package kr.sinmun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: for hostile request lines (a raw backslash, a lone
 * {@code %}, an 9 KB URL) that {@link java.net.http.HttpClient} would refuse or normalise before sending.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** {@code GET target} with a Host header and {@code Connection: close}, plus any extra header lines. */
	public Response get(String target, String... headerLines) {
		return send("GET", target, headerLines);
	}

	public Response send(String method, String target, String... headerLines) {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
			.append("Host: localhost\r\n");
		for (String line : headerLines) {
			request.append(line).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		return exchange(request.toString().getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Sends the bytes as they are and reads the answer until the server closes the connection. */
	public Response exchange(byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return Response.parse(all.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A response as it came over the wire; header names are kept as sent, looked up case-insensitively. */
	public record Response(int status, List<String[]> headers, byte[] bytes) {

		static Response parse(byte[] raw) {
			int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			if (end < 0) {
				throw new IllegalStateException("응답 헤더가 끝나지 않았습니다: " + new String(raw, StandardCharsets.ISO_8859_1));
			}
			String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String[]> headers = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.add(new String[] { lines[i].substring(0, colon), lines[i].substring(colon + 1).strip() });
			}
			byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
			Response response = new Response(status, headers, body);
			if ("chunked".equalsIgnoreCase(response.header("Transfer-Encoding"))) {
				return new Response(status, headers, dechunk(body));
			}
			return response;
		}

		public String header(String name) {
			return headers.stream()
				.filter(header -> header[0].equalsIgnoreCase(name))
				.map(header -> header[1])
				.findFirst()
				.orElse(null);
		}

		public List<String> headerNames() {
			return headers.stream().map(header -> header[0].toLowerCase(Locale.ROOT)).toList();
		}

		public String body() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		private static byte[] dechunk(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (at < body.length) {
				int lineEnd = indexOf(java.util.Arrays.copyOfRange(body, at, body.length),
						"\r\n".getBytes(StandardCharsets.ISO_8859_1));
				String size = new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip();
				int length = Integer.parseInt(size, 16);
				at += lineEnd + 2;
				if (length == 0) {
					break;
				}
				out.write(body, at, length);
				at += length + 2;
			}
			return out.toByteArray();
		}

		private static int indexOf(byte[] haystack, byte[] needle) {
			outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (haystack[i + j] != needle[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
