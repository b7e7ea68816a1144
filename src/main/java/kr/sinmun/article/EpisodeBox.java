package kr.sinmun.article;

import java.util.List;

/**
 * What an episode's page shows of its series: its own number ({@code number}), the series' newest episodes,
 * newest first, which may or may not include it, and the episodes just before and after it (null for the first
 * and the newest).
 */
public record EpisodeBox(int number, List<Episode> newest, Episode previous, Episode next) {

	public EpisodeBox {
		newest = List.copyOf(newest);
	}

}
