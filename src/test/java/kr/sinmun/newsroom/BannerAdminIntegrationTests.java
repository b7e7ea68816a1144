package kr.sinmun.newsroom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ads.Banners;
import kr.sinmun.ads.Campaign;
import kr.sinmun.people.People;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Booking a banner in the newsroom: the form keeps what was typed, nothing goes live before approval. */
class BannerAdminIntegrationTests extends IntegrationTest {

	@Autowired
	Banners banners;

	@Autowired
	People people;

	private static byte[] form(String csrf, String name, String target, byte[] image, List<String[]> fields) {
		String boundary = "banner-form";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		List<String[]> all = new java.util.ArrayList<>(fields);
		all.add(new String[] { "_csrf", csrf });
		all.add(new String[] { "name", name });
		all.add(new String[] { "targetUrl", target });
		for (String[] field : all) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		if (image != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"banner.png\"\r\n"
					+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(image);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	@Test
	void anAdministratorBooksAnImageBannerThatWaitsForApproval() throws IOException {
		NewsroomSession admin = new NewsroomSession(port);
		admin.login("admin", ADMIN_PASSWORD);
		String page = admin.get("/newsroom/admin/ads/new").body();
		String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		List<String[]> fields = List.of(new String[] { "advertiser", "한빛전자" }, new String[] { "kind", "IMAGE" },
				new String[] { "altText", "한빛전자 겨울 할인" }, new String[] { "startsAt", "2026-12-01T09:00" },
				new String[] { "endsAt", "2026-12-31T18:00" }, new String[] { "weight", "5" },
				new String[] { "slots", "right-top" }, new String[] { "slots", "m-right-top" }, new String[] { "dailyCap", "" });

		HttpResponse<String> bad = admin.raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/newsroom/admin/ads/new"))
			.header("Content-Type", "multipart/form-data; boundary=banner-form")
			.POST(HttpRequest.BodyPublishers.ofByteArray(form(csrf, "겨울 할인", "javascript:alert(1)",
					"이미지가 아닙니다".getBytes(StandardCharsets.UTF_8), fields)))
			.build());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("이미지 파일이 아닙니다").contains("http:// 또는 https://")
			.contains("value=\"한빛전자\"").contains("value=\"겨울 할인\"");

		byte[] png = Files.readAllBytes(NewsroomFixtures.photo());
		HttpResponse<String> saved = admin.raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/newsroom/admin/ads/new"))
			.header("Content-Type", "multipart/form-data; boundary=banner-form")
			.POST(HttpRequest.BodyPublishers.ofByteArray(form(csrf, "겨울 할인", "https://hanbit.example/sale", png, fields)))
			.build());
		assertThat(saved.statusCode()).isEqualTo(302);
		Campaign campaign = banners.campaigns().stream().filter(c -> c.name().equals("겨울 할인")).findFirst().orElseThrow();
		assertThat(campaign.status()).isEqualTo("PENDING");
		assertThat(campaign.imageUrl()).endsWith("-640.jpg");
		assertThat(campaign.slots()).containsExactly("right-top", "m-right-top");

		String list = admin.get("/newsroom/admin/ads").body();
		assertThat(list).contains("겨울 할인").contains("승인 대기");
		assertThat(admin.form("/newsroom/admin/ads/" + campaign.id() + "/decision", java.util.Map.of("status", "APPROVED"))
			.statusCode()).isEqualTo(302);
		assertThat(banners.campaign(campaign.id()).orElseThrow().status()).isEqualTo("APPROVED");
		assertThat(admin.get("/newsroom/admin/audit").body()).contains("배너 승인").contains("겨울 할인");
		assertThat(admin.get("/newsroom/admin/ads/" + campaign.id() + "/report").body()).contains("배너 보고서: 겨울 할인");
		assertThat(admin.get("/newsroom/admin/ads/" + campaign.id() + "/report.csv").body())
			.startsWith("\uFEFF날짜,캠페인,광고주,노출,클릭,클릭률");

		NewsroomSession desk = new NewsroomSession(port);
		NewsroomFixtures.desk(people);
		desk.login(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		assertThat(desk.get("/newsroom/admin/ads").statusCode()).isEqualTo(403);
	}

}
