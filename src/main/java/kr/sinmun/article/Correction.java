package kr.sinmun.article;

import java.time.Instant;

/** A notice attached to a published article: 정정보도, 반론보도 or 추후보도, with its date. */
public record Correction(Kind kind, String body, Instant at) {

	public enum Kind {

		CORRECTION("정정보도"), REBUTTAL("반론보도"), FOLLOW_UP("추후보도");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
