package kr.sinmun.platform;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The video services an article may embed, and nothing else: YouTube, Naver TV and Kakao TV. One home for what
 * the allow-list admits in a stored body ({@link HtmlAllowList}), which address the reader's player loads, and
 * which hosts the Content-Security-Policy lets a frame come from. A video is stored as its provider and its id
 * only (the editor reads pasted links into these, newsroom-editor.js); the player's address is made from them here, so a body can never name a frame of its own.
 */
public enum VideoProviders {

	// youtube-nocookie: YouTube's own privacy-enhanced player, which sets no cookie until the reader plays.
	YOUTUBE("youtube", "YouTube", Pattern.compile("[A-Za-z0-9_-]{11}"), "https://www.youtube-nocookie.com",
			"https://www.youtube-nocookie.com/embed/%s?autoplay=1&rel=0", "https://www.youtube.com/watch?v=%s"),
	NAVER_TV("navertv", "네이버TV", Pattern.compile("[0-9]{1,12}"), "https://tv.naver.com",
			"https://tv.naver.com/embed/%s?autoPlay=true", "https://tv.naver.com/v/%s"),
	KAKAO_TV("kakaotv", "카카오TV", Pattern.compile("[0-9]{1,12}"), "https://play-tv.kakao.com",
			"https://play-tv.kakao.com/embed/player/cliplink/%s?autoplay=1", "https://tv.kakao.com/v/%s");

	/** What a stored body's provider attribute may say. */
	public static final Pattern KEYS = Pattern.compile("youtube|navertv|kakaotv");

	private final String key;

	private final String label;

	private final Pattern id;

	private final String frameOrigin;

	private final String player;

	private final String page;

	VideoProviders(String key, String label, Pattern id, String frameOrigin, String player, String page) {
		this.key = key;
		this.label = label;
		this.id = id;
		this.frameOrigin = frameOrigin;
		this.player = player;
		this.page = page;
	}

	/** The name stored in a body ({@code data-video-provider}). */
	public String key() {
		return key;
	}

	/** The service's name as readers know it. */
	public String label() {
		return label;
	}

	/** The address the player frame loads, only ever made after the reader asks to play. */
	public String playerUrl(String videoId) {
		return player.formatted(videoId);
	}

	/** The video's page on the service, for readers without JavaScript. */
	public String pageUrl(String videoId) {
		return page.formatted(videoId);
	}

	public boolean admits(String videoId) {
		return videoId != null && id.matcher(videoId).matches();
	}

	public static Optional<VideoProviders> byKey(String key) {
		for (VideoProviders provider : values()) {
			if (provider.key.equals(key)) {
				return Optional.of(provider);
			}
		}
		return Optional.empty();
	}

	/** The frame origins the reader pages' CSP names in {@code frame-src}, and no other. */
	public static List<String> frameOrigins() {
		return List.of(values()).stream().map(provider -> provider.frameOrigin).toList();
	}

}
