package kr.sinmun.newsroom;

import java.util.List;

/** The records the statistics pages are given: every figure already counted, every label already in Korean. */
public final class StatisticsModels {

	private StatisticsModels() {
	}

	/**
	 * A chart and the table behind it. The table is what is drawn: the page's script reads the cells' numbers
	 * and draws them, so what a screen reader hears and what the chart shows cannot disagree.
	 * @param kind {@code line} (hours of a day), {@code bar} (categories), {@code rank} (categories labelled by
	 *     their rank on the axis) or {@code time} (hours on a calendar)
	 * @param tableShown whether the table is shown under the chart from the start (lists people read, such as
	 *     headlines); otherwise it is there for screen readers and shown on request
	 */
	public record Chart(String id, String kind, String caption, String xHeader, List<Column> columns, List<Point> points,
			String empty, boolean tableShown) {

		public boolean isEmpty() {
			return points.isEmpty();
		}

	}

	/** A column of figures; {@code plotted} false for one that only the table shows (e.g. articles published). */
	public record Column(String name, boolean plotted) {
	}

	/**
	 * One row: its label, the number the chart places it at (an hour, an index or seconds since 1970), its figures
	 * ({@code null} where there is none yet, such as the hours of today still to come) and a link if it has one.
	 */
	public record Point(String label, long x, List<Long> values, String url) {

		public String shown(int column) {
			Long value = values.get(column);
			return value == null ? "–" : String.format("%,d", value);
		}

		public String raw(int column) {
			Long value = values.get(column);
			return value == null ? "" : String.valueOf(value);
		}

	}

	/** The chart library's script and style sheet, and the script that draws the charts from their tables. */
	public record ChartFiles(String library, String stylesheet, String script) {
	}

	public record Option(String value, String label, boolean selected) {
	}

	/** A search that found nothing, with the link that opens the synonym dictionary ready to add it. */
	public record Miss(String term, long searches, String lastDay, String addUrl) {
	}

	public record OverviewPage(PageModels.Chrome chrome, ChartFiles files, String periodLabel, String sectionLabel, List<Option> periods,
			List<Option> sections, Chart hourly, Chart referrers, Chart top, Chart reporters, Chart bySection,
			List<Miss> misses, String generatedAt) {
	}

	public record ArticlePage(PageModels.Chrome chrome, ChartFiles files, long id, String headline, String publishedAt, String total,
			String editUrl, Chart hours, Chart referrers, String notice) {
	}

}
