package kr.sinmun.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay on the loopback that can make every connection it carries go silent at once without closing it,
 * as a firewall or NAT that forgets a flow does; connections opened after that pass again.
 */
final class FreezingProxy implements AutoCloseable {

	private final ServerSocket server;

	private final String upstreamHost;

	private final int upstreamPort;

	private final List<Relay> relays = new CopyOnWriteArrayList<>();

	FreezingProxy(String upstreamHost, int upstreamPort) throws IOException {
		this.upstreamHost = upstreamHost;
		this.upstreamPort = upstreamPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(this::accept, "freezing-proxy");
		accept.setDaemon(true);
		accept.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** Every connection open now stops carrying bytes, in both directions, and stays open. */
	void freeze() {
		relays.forEach(relay -> relay.frozen.set(true));
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket upstream = new Socket(upstreamHost, upstreamPort);
				Relay relay = new Relay(client, upstream, new AtomicBoolean());
				relays.add(relay);
				pump(client.getInputStream(), upstream.getOutputStream(), relay.frozen);
				pump(upstream.getInputStream(), client.getOutputStream(), relay.frozen);
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private static void pump(InputStream in, OutputStream out, AtomicBoolean frozen) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					while (frozen.get()) {
						Thread.sleep(50);
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// the other side closed
			}
		}, "freezing-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Relay relay : relays) {
			relay.client.close();
			relay.upstream.close();
		}
	}

	private record Relay(Socket client, Socket upstream, AtomicBoolean frozen) {
	}

}
