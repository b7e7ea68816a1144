package kr.sinmun.ranking;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How a reader is told apart for counting, without keeping who they are. */
final class Readers {

	private static final HexFormat HEX = HexFormat.of();

	private Readers() {
	}

	/** One browser on one address: a hash of both, so neither is kept in the clear. */
	static String client(String address, String userAgent) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
			return HEX.formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The network an address stands for: an IPv4 address itself, and for IPv6 its /64, which a provider hands to
	 * one household or phone whole (RFC 6177), so its other 2^64 addresses are the same reader.
	 */
	static String network(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// A literal: parsed, never looked up.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? HEX.formatHex(bytes, 0, 8) : address;
		}
		catch (UnknownHostException | IllegalArgumentException ex) {
			return address;
		}
	}

}
