package kr.sinmun.newsroom;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.people.People;
import kr.sinmun.tipoff.TipStatus;
import kr.sinmun.tipoff.TipSubmission;
import kr.sinmun.tipoff.Tips;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's 기사제보 pages given what no form sends: numbers of no tip, numbers too long for any id, unknown and
 * hostile status values, huge values, bytes that are no UTF-8, no CSRF token. Each is answered with its status in
 * Korean, echoes nothing, and changes no tip.
 */
class TipAdminBadInputIntegrationTests extends IntegrationTest {

	@Autowired
	Tips tips;

	@Autowired
	People people;

	private long tip() {
		return tips.submit(new TipSubmission("", "010-0000-0000",
				"시험용 제보: 잘못된 입력 시험에 쓰는 제보입니다 " + System.nanoTime(), true, List.of()),
				"203.0.113." + (100 + (int) (System.nanoTime() % 100)));
	}

	private NewsroomSession desk() {
		NewsroomFixtures.desk(people);
		NewsroomSession desk = new NewsroomSession(port);
		assertThat(desk.login(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		desk.get("/newsroom/tips");
		return desk;
	}

	@Test
	void tipNumbersOfNoTipOrNoNumberAtAllAreNotFound() {
		long id = tip();
		try {
			NewsroomSession desk = desk();
			for (String path : List.of("/newsroom/tips/0", "/newsroom/tips/999999999999999999",
					"/newsroom/tips/99999999999999999999999", "/newsroom/tips/-1", "/newsroom/tips/abc",
					"/newsroom/tips/" + id + "/files/0", "/newsroom/tips/" + id + "/files/99999999999999999999",
					"/newsroom/tips/%ED%95%9C")) {
				HttpResponse<String> answer = desk.get(path);
				assertThat(answer.statusCode()).as(path).isEqualTo(404);
				assertThat(answer.body()).as(path).containsPattern("[가-힣]");
			}
			HttpResponse<String> noTip = desk.form("/newsroom/tips/999999999999999999/status", Map.of("status", "CLOSED"));
			assertThat(noTip.statusCode()).isEqualTo(404);
			assertThat(noTip.body()).containsPattern("[가-힣]");
		}
		finally {
			tips.delete(id);
		}
	}

	@Test
	void unknownHugeOrHostileStatusValuesChangeNothingAndEchoNothing() {
		long id = tip();
		try {
			NewsroomSession desk = desk();
			String hostile = "<script>alert(1)</script>";
			for (String value : List.of("", "received", "RECEIVED ", hostile, "가".repeat(100_000))) {
				HttpResponse<String> refused = desk.form("/newsroom/tips/" + id + "/status", Map.of("status", value));
				assertThat(refused.statusCode()).as("status=%.40s", value).isEqualTo(400);
				assertThat(refused.body()).as("status=%.40s", value).contains("알 수 없는 상태입니다.").doesNotContain(hostile);
			}
			// A control character is refused before the controller, as everywhere, naming the field.
			HttpResponse<String> nul = desk.form("/newsroom/tips/" + id + "/status", Map.of("status", "RECEIVED\u0000"));
			assertThat(nul.statusCode()).isEqualTo(400);
			assertThat(nul.body()).contains("항목 'status'에 쓸 수 없는 문자(U+0000)");
			assertThat(tips.tip(id).status()).isEqualTo(TipStatus.RECEIVED);

			// The list's filter: an unknown value shows every tip, chooses 전체, and is not written back into the page.
			// Bytes that are not UTF-8 are refused before any page, as on every address: the Korean 400 page.
			for (String query : List.of("?status=%C3%28", "?status=%FF%FE")) {
				HttpResponse<String> broken = desk.get("/newsroom/tips" + query);
				assertThat(broken.statusCode()).as(query).isEqualTo(400);
				assertThat(broken.body()).as(query).contains("잘못된 요청입니다");
			}
			for (String query : List.of("?status=" + "%3Cscript%3Ealert(1)%3C/script%3E", "?status=" + "A".repeat(2_000),
					"?status=RECEIVED&status=CLOSED")) {
				HttpResponse<String> list = desk.get("/newsroom/tips" + query);
				assertThat(list.statusCode()).as(query.length() > 60 ? query.substring(0, 60) : query).isEqualTo(200);
				assertThat(list.body()).contains("잘못된 입력 시험에 쓰는 제보").doesNotContain(hostile)
					.doesNotContain("A".repeat(100));
			}
			// An address longer than the server reads at all: 414, not a 500.
			assertThat(desk.get("/newsroom/tips?status=" + "A".repeat(20_000)).statusCode()).isEqualTo(414);
			// ?done says only that the status changed; its value is never shown.
			assertThat(desk.get("/newsroom/tips/" + id + "?done=%3Cscript%3Ealert(1)%3C/script%3E").body())
				.contains("상태를 바꿨습니다.")
				.doesNotContain(hostile);
		}
		finally {
			tips.delete(id);
		}
	}

	@Test
	void malformedBodiesAndMissingTokensAreRefusedWithoutAChange() {
		long id = tip();
		try {
			NewsroomSession desk = desk();
			// Bytes that are no UTF-8 and a broken percent escape: no status either way.
			for (String body : List.of("status=%C3%28", "status=%ZZ", "status=%", "status")) {
				HttpResponse<String> answer = desk.raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ "/newsroom/tips/" + id + "/status"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + token(desk, id)))
					.build());
				assertThat(answer.statusCode()).as(body).isIn(400, 403);
				assertThat(answer.body()).as(body).containsPattern("[가-힣]");
			}
			assertThat(tips.tip(id).status()).isEqualTo(TipStatus.RECEIVED);

			// Without the session's token the change is forbidden, whatever the status.
			HttpResponse<String> forged = desk.raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/newsroom/tips/" + id + "/status"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("status=CLOSED"))
				.build());
			assertThat(forged.statusCode()).isEqualTo(403);
			assertThat(tips.tip(id).status()).isEqualTo(TipStatus.RECEIVED);

			// A reporter may neither read nor change a tip, even with a valid token of their own.
			NewsroomFixtures.reporter(people);
			NewsroomSession reporter = new NewsroomSession(port);
			reporter.login(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
			reporter.get("/newsroom");
			assertThat(reporter.get("/newsroom/tips/" + id).statusCode()).isEqualTo(403);
			assertThat(reporter.form("/newsroom/tips/" + id + "/status", Map.of("status", "CLOSED")).statusCode()).isEqualTo(403);
			assertThat(tips.tip(id).status()).isEqualTo(TipStatus.RECEIVED);

			// A valid change still works after all of that.
			assertThat(desk.form("/newsroom/tips/" + id + "/status", Map.of("status", "CLOSED")).statusCode()).isEqualTo(302);
			assertThat(tips.tip(id).status()).isEqualTo(TipStatus.CLOSED);
		}
		finally {
			tips.delete(id);
		}
	}

	/** The CSRF token the tip's page carries. */
	private static String token(NewsroomSession desk, long id) {
		String page = desk.get("/newsroom/tips/" + id).body();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
