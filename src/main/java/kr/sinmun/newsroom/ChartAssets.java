package kr.sinmun.newsroom;

import org.webjars.WebJarVersionLocator;

import org.springframework.stereotype.Component;

/**
 * The statistics' charts: uPlot (about 50 KB minified) from its WebJar, found once at startup at the version on
 * the classpath, and the page's own script that draws each chart from the table behind it.
 */
@Component
class ChartAssets {

	private final StatisticsModels.ChartFiles files;

	ChartAssets() {
		String version = new WebJarVersionLocator().version("uplot");
		if (version == null) {
			throw new IllegalStateException("차트 라이브러리(uPlot)가 클래스패스에 없습니다.");
		}
		String base = "/webjars/uplot/" + version + "/dist/";
		this.files = new StatisticsModels.ChartFiles(base + "uPlot.iife.min.js", base + "uPlot.min.css",
				"/js/newsroom-statistics.js");
	}

	StatisticsModels.ChartFiles files() {
		return files;
	}

}
