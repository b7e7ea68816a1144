package kr.sinmun.ads;

import java.time.LocalDate;

/** One campaign's day: served, viewed (impressions) and clicked. */
public record DayCount(LocalDate day, long served, long impressions, long clicks) {

	/** Click-through rate in percent, to two decimals. */
	public String ctr() {
		return impressions == 0 ? "0.00%" : String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * clicks / impressions);
	}

}
