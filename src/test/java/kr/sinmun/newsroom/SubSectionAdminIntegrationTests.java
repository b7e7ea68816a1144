package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator makes a sub-section on the sections screen: the parent is picked from a list of top-level
 * sections, a parent that cannot be one is answered 400 in Korean with what was typed kept, and the editor's
 * section list then offers the sub-section under its parent. The test's sections are removed after it.
 */
class SubSectionAdminIntegrationTests extends IntegrationTest {

	@Autowired
	Sections sections;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private final List<Integer> added = new ArrayList<>();

	@AfterEach
	void removeAddedSections() {
		if (!added.isEmpty()) {
			jdbc.sql("DELETE FROM sections WHERE id IN (:ids)").param("ids", added).update();
			events.publishEvent(new SectionsChanged());
		}
	}

	@Test
	void anAdministratorPicksAParentAndIsToldInKoreanWhenItCannotBeOne() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		Section politics = sections.bySlug("politics").orElseThrow();
		NewsroomSession admin = new NewsroomSession(port);
		assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/newsroom");

		String screen = admin.get("/newsroom/admin/sections").body();
		assertThat(screen).contains("<label for=\"parent-new\">상위 섹션</label>")
			.contains("<option value=\"\" selected>없음(최상위 섹션)</option>");

		String slug = "t-admin-sub-" + tag;
		String name = "시험증권" + tag;
		assertThat(admin.form("/newsroom/admin/sections", Map.of("name", name, "slug", slug, "position", "950",
				"inMenu", "on", "parent", String.valueOf(economy.id()))).statusCode()).isEqualTo(302);
		Section sub = sections.bySlug(slug).orElseThrow();
		added.add(sub.id());
		assertThat(sub.parentId()).isEqualTo(economy.id());
		assertThat(admin.get("/newsroom/admin/audit").body()).contains("경제의 하위 섹션");

		// Under a sub-section: one level only. What was typed comes back.
		admin.get("/newsroom/admin/sections");
		HttpResponse<String> twoLevels = admin.form("/newsroom/admin/sections", Map.of("name", "두단계" + tag, "slug",
				"t-admin-deep-" + tag, "position", "951", "parent", String.valueOf(sub.id())));
		assertThat(twoLevels.statusCode()).isEqualTo(400);
		assertThat(twoLevels.body()).contains("하위 섹션이라 그 아래에 섹션을 둘 수 없습니다")
			.contains("value=\"두단계" + tag + "\"")
			.contains("<option value=\"" + sub.id() + "\" selected>" + name + "</option>");
		assertThat(sections.bySlug("t-admin-deep-" + tag)).isEmpty();

		// A section with sub-sections stays at the top.
		admin.get("/newsroom/admin/sections");
		HttpResponse<String> parentMoved = admin.form("/newsroom/admin/sections", Map.of("id", String.valueOf(economy.id()),
				"name", "경제", "slug", "economy", "position", String.valueOf(economy.position()), "inMenu", "on", "parent",
				String.valueOf(politics.id())));
		assertThat(parentMoved.statusCode()).isEqualTo(400);
		assertThat(parentMoved.body()).contains("하위 섹션이 있는 섹션은 다른 섹션 아래로 옮길 수 없습니다");
		assertThat(sections.bySlug("economy").orElseThrow().parentId()).isNull();

		admin.get("/newsroom/admin/sections");
		HttpResponse<String> notANumber = admin.form("/newsroom/admin/sections", Map.of("name", "숫자아님" + tag, "slug",
				"t-admin-nan-" + tag, "position", "952", "parent", "경제"));
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(notANumber.body()).contains("상위 섹션을 목록에서 고르십시오.").contains("value=\"숫자아님" + tag + "\"");

		// The editor's plain select lists the sub-section right after its parent, naming both.
		assertThat(admin.get("/newsroom/articles/new").body()).containsSubsequence(
				"<option value=\"" + economy.id() + "\"", ">경제</option>",
				"<option value=\"" + sub.id() + "\"", ">경제 › " + name + "</option>");
	}

}
