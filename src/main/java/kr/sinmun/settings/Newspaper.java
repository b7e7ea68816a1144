package kr.sinmun.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The paper's identity and the details printed in every page's footer (신문사업자 등록번호, 발행인, 편집인,
 * 청소년보호책임자). Configured under {@code sinmun.site}. {@code verification} holds the site-ownership meta
 * tags portals hand out (Naver Search Advisor's {@code naver-site-verification}, Daum's, Google's), as
 * name → content. The newsroom's settings screen can change all of these but the base URL and logo; {@link
 * SiteSettings#current()} answers with those changes applied.
 */
@ConfigurationProperties("sinmun.site")
public record Newspaper(@DefaultValue("신문일보") String name, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("") String publisherName, @DefaultValue("") String registrationNumber,
		@DefaultValue("") String registrationDate, @DefaultValue("") String publisher, @DefaultValue("") String editor,
		@DefaultValue("") String youthProtectionOfficer, @DefaultValue("") String address, @DefaultValue("") String phone,
		@DefaultValue("") String email, @DefaultValue("/images/logo.png") String logo,
		@DefaultValue java.util.Map<String, String> verification, @DefaultValue("") String copyright) {

	/** The logo as an absolute URL, for structured data and link previews. */
	public String logoUrl() {
		return logo.startsWith("http") ? logo : baseUrl + logo;
	}

	/** {@code 저작권자 © 신문일보 무단전재 및 재배포 금지}, the line under every article. */
	public String copyrightLine() {
		return copyright.isBlank() ? "저작권자 © " + name + " 무단전재 및 재배포 금지" : copyright;
	}

}
