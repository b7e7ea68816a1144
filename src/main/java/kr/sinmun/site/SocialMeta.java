package kr.sinmun.site;

/**
 * What link previews (KakaoTalk, Facebook, X) and search engines read from a page: Open Graph and Twitter card
 * values, and the page's JSON-LD, already serialized and safe inside a script element. Fields not known for a
 * page are null.
 */
public record SocialMeta(String type, String title, String description, String url, String siteName,
		String imageUrl, Integer imageWidth, Integer imageHeight, String publishedIso, String modifiedIso,
		String section, String jsonLd) {
}
