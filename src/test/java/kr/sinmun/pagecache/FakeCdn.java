package kr.sinmun.pagecache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** A CDN's purge endpoint: records the Surrogate-Key of every purge request it receives. */
public final class FakeCdn {

	private final HttpServer server;

	private final List<String> purges = new CopyOnWriteArrayList<>();

	public FakeCdn() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newSingleThreadExecutor());
		server.createContext("/purge", exchange -> {
			exchange.getRequestBody().readAllBytes();
			if (exchange.getRequestMethod().equals("POST")) {
				purges.add(exchange.getRequestHeaders().getFirst("Surrogate-Key"));
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/purge";
	}

	/** The key sets purged so far, each as the header sent ("article-12 home …"). */
	public List<String> purges() {
		return List.copyOf(purges);
	}

}
