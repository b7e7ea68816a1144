package kr.sinmun.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code demo/articles.txt}. Each article starts with a header line
 * {@code ### section=…; reporter=N; age=3d5h; photo=city; series=slug; tags=a,b} (photo and series optional),
 * followed by lines tagged
 * {@code H:} headline, {@code S:} deck line, {@code P:} paragraph, {@code Q:} quote, {@code C:} caption.
 */
final class DemoFile {

	private DemoFile() {
	}

	static List<DemoArticle> read(InputStream input) {
		List<DemoArticle> articles = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			Map<String, String> header = null;
			String headline = null;
			List<String> deck = new ArrayList<>();
			List<DemoArticle.Block> blocks = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("###")) {
					if (header != null) {
						articles.add(article(header, headline, deck, blocks));
					}
					header = header(line.substring(3));
					headline = null;
					deck = new ArrayList<>();
					blocks = new ArrayList<>();
				}
				else if (line.length() > 2 && line.charAt(1) == ':') {
					String text = line.substring(2).strip();
					switch (line.charAt(0)) {
						case 'H' -> headline = text;
						case 'S' -> deck.add(text);
						case 'P', 'Q', 'C' -> blocks.add(new DemoArticle.Block(line.charAt(0), text));
						default -> throw new IllegalStateException("알 수 없는 줄: " + line);
					}
				}
			}
			if (header != null) {
				articles.add(article(header, headline, deck, blocks));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return articles;
	}

	private static Map<String, String> header(String line) {
		Map<String, String> header = new HashMap<>();
		for (String part : line.split(";")) {
			String[] pair = part.split("=", 2);
			if (pair.length == 2) {
				header.put(pair[0].strip(), pair[1].strip());
			}
		}
		return header;
	}

	private static DemoArticle article(Map<String, String> header, String headline, List<String> deck,
			List<DemoArticle.Block> blocks) {
		String tags = header.getOrDefault("tags", "");
		return new DemoArticle(header.get("section"), Integer.parseInt(header.getOrDefault("reporter", "1")),
				age(header.getOrDefault("age", "0h")), header.get("photo"), header.get("series"),
				tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList(), headline,
				List.copyOf(deck), List.copyOf(blocks));
	}

	private static Duration age(String value) {
		Duration age = Duration.ZERO;
		StringBuilder number = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (Character.isDigit(c)) {
				number.append(c);
			}
			else {
				long n = Long.parseLong(number.toString());
				age = age.plus(switch (c) {
					case 'd' -> Duration.ofDays(n);
					case 'h' -> Duration.ofHours(n);
					case 'm' -> Duration.ofMinutes(n);
					default -> throw new IllegalStateException("알 수 없는 시간 단위: " + value);
				});
				number.setLength(0);
			}
		}
		return age;
	}

}
