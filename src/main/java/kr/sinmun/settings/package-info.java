/**
 * The site's settings: the paper's name, the registration details Korean law asks an internet newspaper to
 * print, and the copyright line, as configured and as changed on the newsroom's 설정 screen. API:
 * {@link kr.sinmun.settings.SiteSettings} (the current values, as a {@link kr.sinmun.settings.Newspaper}), and
 * the event {@link kr.sinmun.settings.SiteSettingsChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site settings")
package kr.sinmun.settings;
