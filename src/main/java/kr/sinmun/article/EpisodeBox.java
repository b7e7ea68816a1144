package kr.sinmun.article;

import java.util.List;

/**
 * What an episode's page shows of its series: its own number ({@code number}) and the series' newest episodes,
 * newest first, which may or may not include it.
 */
public record EpisodeBox(int number, List<Episode> newest) {

	public EpisodeBox {
		newest = List.copyOf(newest);
	}

}
