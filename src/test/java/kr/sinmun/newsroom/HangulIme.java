package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Types Hangul the way a Korean two-set (두벌식) keyboard IME does, through Chromium's own IME path
 * ({@code Input.imeSetComposition} and {@code Input.insertText} over DevTools): the page receives real
 * compositionstart/update/end and beforeinput/input events with {@code isComposing}, exactly as from a
 * Korean IME. No real IME can be installed in headless Chromium, so this is the closest honest stand-in.
 *
 * <p>It also reproduces the case editors get wrong: a final consonant that jumps to the next syllable
 * ("하" + ㄴ shows "한", then ㅏ turns it into "하" committed and "나" composing).
 */
final class HangulIme {

	private static final String LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

	private static final String VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

	// Index 0 is "no final consonant".
	private static final String TAILS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

	private final ChromeDriver driver;

	HangulIme(ChromeDriver driver) {
		this.driver = driver;
	}

	/** The composition states a two-set IME goes through for {@code text}, as a list of steps. */
	static List<Step> steps(String text) {
		List<Step> steps = new ArrayList<>();
		char[] chars = text.toCharArray();
		boolean carried = false;
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			boolean borrowed = carried;
			carried = false;
			if (!isSyllable(c)) {
				steps.add(Step.commit(String.valueOf(c)));
				continue;
			}
			int code = c - 0xAC00;
			int lead = code / 588;
			int vowel = (code % 588) / 28;
			int tail = code % 28;
			// CASE: the previous step already shows this syllable's lead as a borrowed final; that syllable was
			// committed when the vowel arrived, so composition resumes at lead + vowel.
			if (!borrowed) {
				steps.add(Step.compose(String.valueOf(LEADS.charAt(lead))));
			}
			steps.add(Step.compose(syllable(lead, vowel, 0)));
			if (tail != 0) {
				steps.add(Step.compose(syllable(lead, vowel, tail)));
			}
			char next = i + 1 < chars.length ? chars[i + 1] : 0;
			if (isSyllable(next)) {
				int nextLead = (next - 0xAC00) / 588;
				int asTail = TAILS.indexOf(LEADS.charAt(nextLead));
				if (tail == 0 && asTail > 0) {
					// The next lead is typed: the IME first shows it as this syllable's final...
					steps.add(Step.borrow(syllable(lead, vowel, asTail)));
					// ...and the next vowel commits this syllable without it.
					steps.add(Step.commit(String.valueOf(c)));
					carried = true;
					continue;
				}
			}
			steps.add(Step.commit(String.valueOf(c)));
		}
		return steps;
	}

	/** Types {@code text} at the caret, as fast as DevTools accepts it. */
	void type(String text) {
		for (Step step : steps(text)) {
			if (step.commit()) {
				driver.executeCdpCommand("Input.insertText", Map.of("text", step.text()));
			}
			else {
				driver.executeCdpCommand("Input.imeSetComposition",
						Map.of("text", step.text(), "selectionStart", step.text().length(), "selectionEnd", step.text().length()));
			}
		}
	}

	private static boolean isSyllable(char c) {
		return c >= 0xAC00 && c <= 0xD7A3;
	}

	private static String syllable(int lead, int vowel, int tail) {
		return String.valueOf((char) (0xAC00 + lead * 588 + vowel * 28 + tail));
	}

	record Step(String text, boolean commit) {

		static Step compose(String text) {
			return new Step(text, false);
		}

		static Step borrow(String text) {
			return new Step(text, false);
		}

		static Step commit(String text) {
			return new Step(text, true);
		}

	}

}
