package kr.sinmun.site;

import java.util.List;

/**
 * What every reader page shows around its content: masthead, date, section menu and footer.
 * {@code menu} is the menu bar's top-level sections, {@code allMenu} the 전체메뉴 (each with its sub-sections);
 * {@code currentSlug} is the section being read and {@code menuSlug} the menu entry marked for it (its parent's, for
 * a sub-section); {@code ads} are the banner slots it shows; {@code breaking} is the 속보 bar's article, or null when
 * the desk has marked none.
 */
public record Chrome(String siteName, String dateLine, List<Weather> weather, List<Link> menu, List<MenuGroup> allMenu,
		String currentSlug, String menuSlug, Footer footer, List<Link> verification, AdPlaces ads, Assets assets,
		Link breaking) {

	/** A section of the 전체메뉴 and its sub-sections (none for most). */
	public record MenuGroup(Link section, List<Link> subSections) {
	}

	/**
	 * The content-hashed addresses of the page's style sheet and scripts, and the brand colour's style sheet and
	 * icons (the colour in their address): all kept by browsers for a year.
	 */
	public record Assets(String stylesheet, String siteScript, String adsScript, String brandStylesheet, String icon,
			String iconPng, String touchIcon, Logo logo, Logo darkLogo) {

		/** The type of {@link #icon()}: SVG for the generated icon, PNG when drawn from an uploaded logo. */
		public String iconType() {
			return icon.endsWith(".svg") ? "image/svg+xml" : "image/png";
		}

	}

	/** An uploaded logo with its size (so the page keeps its place before it loads); null when there is none. */
	public record Logo(String url, int width, int height) {
	}

	/** One entry of the weather ticker; {@code word} may be null when the sky was not observed. */
	public record Weather(String word, String place, String temperature) {
	}

	/** The home page passes an empty slug; pages outside any section pass null. */
	public boolean isHome() {
		return "".equals(currentSlug);
	}

	public boolean isCurrent(Link link) {
		return menuSlug != null && link.url().equals("/section/" + menuSlug);
	}

	/**
	 * The menu link's {@code aria-current}: "page" on the section being read, "true" on the parent of the
	 * sub-section being read (the reader is inside it, not on it), null elsewhere.
	 */
	public String currentAttribute(Link link) {
		if (!isCurrent(link)) {
			return null;
		}
		return menuSlug.equals(currentSlug) ? "page" : "true";
	}

	/** A link as a menu or footer shows it. */
	public record Link(String label, String url) {
	}

	/** The publisher's details that Korean law asks every internet newspaper to print. */
	public record Footer(String siteName, String publisherName, String address, String phone, String email,
			String registrationNumber, String registrationDate, String publisher, String editor,
			String youthProtectionOfficer, String copyrightLine, List<Link> pages) {
	}

}
