package kr.sinmun.ads;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Impression tokens: each filled slot gets one, signed with a key all nodes share, and it counts once. A
 * made-up or replayed beacon counts nothing.
 */
@Component
class AdTokens {

	private final Banners banners;

	private volatile SecretKeySpec key;

	// Tokens already counted, for a day; bounded like every cache here.
	private final Cache<String, Boolean> used = Caffeine.newBuilder()
		.maximumSize(500_000)
		.expireAfterWrite(Duration.ofDays(2))
		.build();

	AdTokens(Banners banners) {
		this.banners = banners;
	}

	String issue(long campaignId, String slot, LocalDate day) {
		String payload = campaignId + "." + slot + "." + day.toEpochDay() + "."
				+ Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
		return payload + "." + mac(payload);
	}

	/** The campaign a genuine, unused token from today or yesterday was issued for; -1 otherwise. */
	long redeem(String token, LocalDate today) {
		if (token == null || token.length() > 200) {
			return -1;
		}
		int cut = token.lastIndexOf('.');
		if (cut < 0) {
			return -1;
		}
		String payload = token.substring(0, cut);
		if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
				token.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
			return -1;
		}
		String[] parts = payload.split("\\.");
		try {
			long day = Long.parseLong(parts[2]);
			if (parts.length != 4 || day < today.toEpochDay() - 1 || day > today.toEpochDay()) {
				return -1;
			}
			if (used.asMap().putIfAbsent(token, Boolean.TRUE) != null) {
				return -1;
			}
			return Long.parseLong(parts[0]);
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private String mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SecretKeySpec key() {
		if (key == null) {
			key = new SecretKeySpec(banners.secret(), "HmacSHA256");
		}
		return key;
	}

}
