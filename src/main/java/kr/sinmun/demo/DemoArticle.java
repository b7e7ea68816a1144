package kr.sinmun.demo;

import java.time.Duration;
import java.util.List;

/** One article of the demo file, as written there; {@code series} the slug of its 연재, null when in none. */
record DemoArticle(String section, int reporter, Duration age, String photo, String series, List<String> tags,
		String headline, List<String> deck, List<Block> blocks) {

	/** A piece of the body: a paragraph, a quote, or the photo's caption and credit. */
	record Block(char kind, String text) {
	}

}
