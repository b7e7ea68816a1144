package kr.sinmun.settings;

/** An administrator changed the paper's settings; every page's header and footer show them. */
public record SiteSettingsChanged() {
}
