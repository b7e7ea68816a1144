/**
 * Banners: slots defined in data, campaigns with schedules, weights, targeting and daily caps, an admin
 * approval step, rotation from memory, and impressions and clicks counted in batches. API:
 * {@link kr.sinmun.ads.Banners}. Its reader endpoints ({@code /ad/**}) fill slots after the page has been
 * served, so cached pages still rotate banners. Events: {@link kr.sinmun.ads.BannersChanged} (shared between
 * nodes) and {@link kr.sinmun.ads.BannerPlacesChanged} (each node's own: which slots pages may show changed). A
 * campaign aimed at a parent section reaches its sub-sections' pages too; it listens to
 * {@code section.SectionsChanged} to follow a section moved under another parent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Banners")
package kr.sinmun.ads;
