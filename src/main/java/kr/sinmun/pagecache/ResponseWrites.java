package kr.sinmun.pagecache;

import org.apache.catalina.connector.Connector;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * How a cached page leaves the connector. A page that fits the connection's write buffer together with its
 * headers goes out in one {@code write} from memory; a larger one is handed to {@code sendfile}.
 *
 * <p>Measured with wrk on this 2-core machine against nginx serving the same 14.7 KB article (bench/): with
 * Tomcat's 8 KB buffer, headers and body went out in two writes and two TCP segments, whether copied or sent
 * with {@code sendfile} (headers first, then the file: open, stat, sendfile, close), at 55-75 µs of CPU per
 * request. One write of the whole response took 40-49 µs. For the 39 KB home page and the feeds,
 * {@code sendfile} stays cheaper than several copied writes.
 *
 * <p>The buffer is per open connection, on the heap: 32 KB instead of 8 KB costs 24 KB more per connection,
 * which is why {@code server.tomcat.max-connections} is bounded in application.yml.
 */
@Component
class ResponseWrites implements TomcatConnectorCustomizer {

	static final int WRITE_BUFFER = 32 * 1024;

	// Status line and headers of a cached page are about 700 bytes (most of it the Content-Security-Policy).
	private static final int HEADER_ROOM = 2 * 1024;

	@Override
	public void customize(Connector connector) {
		connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER));
	}

	/** Whether a body of this length goes out in the same single write as its headers. */
	static boolean fitsOneWrite(int length) {
		return length <= WRITE_BUFFER - HEADER_ROOM;
	}

}
