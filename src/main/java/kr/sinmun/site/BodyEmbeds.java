package kr.sinmun.site;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import kr.sinmun.platform.VideoProviders;

/**
 * Turns the blocks an article body stores by meaning into what readers use: a video (provider and id) becomes
 * a facade, a still of our own with a play button that asks nothing of the provider until the reader presses it
 * (site.js then puts the player in a sandboxed frame); a gallery of figures becomes a row that snaps photo by
 * photo, scrolled by swiping, by the arrow keys or by its two buttons. Runs when a page is rendered for the
 * cache, never per view.
 */
final class BodyEmbeds {

	private BodyEmbeds() {
	}

	static String rewrite(String html) {
		if (html == null || !html.contains("data-video-provider") && !html.contains("class=\"gallery\"")) {
			return html;
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		for (Element video : document.select("div[data-video-provider][data-video-id]")) {
			facade(video);
		}
		int number = 0;
		for (Element gallery : document.select("div.gallery")) {
			gallery(gallery, ++number);
		}
		return document.body().html();
	}

	private static void facade(Element stored) {
		String id = stored.attr("data-video-id");
		Optional<VideoProviders> provider = VideoProviders.byKey(stored.attr("data-video-provider")).filter(p -> p.admits(id));
		if (provider.isEmpty()) {
			// CASE: stored before the allow-list changed; the sanitizer admits no other.
			stored.remove();
			return;
		}
		VideoProviders service = provider.get();
		String title = stored.attr("data-video-title").strip();
		String name = title.isEmpty() ? service.label() + " 동영상" : title;
		Element figure = new Element("figure").addClass("video").attr("data-provider", service.key());
		Element play = figure.appendElement("button")
			.attr("type", "button")
			.addClass("video-play")
			.attr("data-player", service.playerUrl(id))
			.attr("data-title", name + " (" + service.label() + ")");
		// The still is ours: the provider's name on a neutral ground, so the page loads nothing from the provider.
		play.appendElement("span").addClass("video-still").attr("aria-hidden", "true").text(service.label());
		play.appendElement("span").addClass("video-icon").attr("aria-hidden", "true");
		play.appendElement("span").addClass("video-label").text("동영상 재생: " + name);
		Element caption = figure.appendElement("figcaption");
		if (!title.isEmpty()) {
			caption.appendText(title + " ");
		}
		caption.appendElement("span")
			.addClass("video-note")
			.appendText("재생하면 " + service.label() + "에서 영상을 불러옵니다. ")
			.appendElement("a")
			.attr("href", service.pageUrl(id))
			.attr("rel", "nofollow noopener")
			.text(service.label() + "에서 보기");
		stored.replaceWith(figure);
	}

	private static void gallery(Element stored, int number) {
		List<Element> figures = stored.children().stream().filter(child -> child.tagName().equals("figure")).toList();
		if (figures.isEmpty()) {
			stored.unwrap();
			return;
		}
		Element gallery = new Element("div").addClass("gallery").attr("data-count", String.valueOf(figures.size()));
		String track = "gallery-" + number;
		Element row = gallery.appendElement("div")
			.addClass("gallery-track")
			.id(track)
			.attr("tabindex", "0")
			.attr("role", "region")
			.attr("aria-label", "사진 " + figures.size() + "장, 화살표 키로 넘겨 보기");
		boolean first = true;
		for (Element figure : figures) {
			figure.addClass("gallery-item");
			for (Element image : figure.select("img")) {
				// The first photo shows where the gallery is; the others are beside it, out of view until chosen.
				if (!first) {
					image.attr("loading", "lazy");
				}
				image.attr("decoding", "async");
			}
			first = false;
			row.appendChild(figure);
		}
		if (figures.size() > 1) {
			Element controls = gallery.appendElement("div").addClass("gallery-controls");
			controls.appendElement("button").attr("type", "button").addClass("gallery-prev").attr("aria-controls", track)
				.text("이전 사진");
			controls.appendElement("span").addClass("gallery-count").attr("aria-live", "polite")
				.text("1 / " + figures.size());
			controls.appendElement("button").attr("type", "button").addClass("gallery-next").attr("aria-controls", track)
				.text("다음 사진");
		}
		stored.replaceWith(gallery);
	}

}
