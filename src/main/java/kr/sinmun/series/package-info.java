/**
 * 연재: serial columns and multi-part reports ("[기획] 지방 소멸 ③"). API: {@link kr.sinmun.series.SeriesCatalog}
 * (the series, and what a series' fields may hold: {@link kr.sinmun.series.SeriesFields}) with the records it
 * returns ({@link kr.sinmun.series.Series}); event {@link kr.sinmun.series.SeriesChanged}, published inside the
 * transaction that saved a series. Which article belongs to which series, and its episode number, is the
 * {@code article} module's (an article knows a series only by its id, as it knows its section; its list queries
 * read the series' name with the articles, {@code ArticleSummary#seriesName}, so the home's 오피니언 box names its
 * columns without a query of its own).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Series")
package kr.sinmun.series;
