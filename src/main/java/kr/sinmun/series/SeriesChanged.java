package kr.sinmun.series;

/** The desk added, renamed, described, ended or reopened a series: its page and its episodes' pages change. */
public record SeriesChanged(int seriesId) {
}
