package kr.sinmun.audit;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log against real PostgreSQL, with the module booted alone (and {@code platform}, which owns the
 * database): what each door records is read back newest first with the person's name, and a user's long text
 * never turns a change that was made into an error when it is recorded.
 */
@ApplicationModuleTest(extraIncludes = "platform")
// The readiness group names the search index's health, which belongs to a module this test leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class AuditModuleTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerModule(registry, "audit");
	}

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	private static final String MARK = "감사 기록 시험 ";

	private long admin;

	// The people module, which adds the first administrator, is not booted with this one: the test adds its own.
	@BeforeEach
	void addAnAdministrator() {
		admin = jdbc.sql("""
				INSERT INTO users (username, password_hash, display_name, role)
				VALUES ('audit-test-' || gen_random_uuid(), '-', '감사관', 'ADMIN') RETURNING id""").query(Long.class).single();
	}

	@AfterEach
	void removeWhatTheTestAdded() {
		jdbc.sql("DELETE FROM audit_log WHERE actor_id = :admin").param("admin", admin).update();
		jdbc.sql("DELETE FROM users WHERE id = :admin").param("admin", admin).update();
	}

	@Test
	void eachDoorIsRecordedAndReadBackNewestFirstWithThePersonsName() {
		log.record(Door.NEWSROOM, admin, MARK + "섹션 추가", "경제", null);
		log.record(Door.API, admin, MARK + "색인 재구축", null, "기사 40건");

		List<AuditEntry> ours = ours(log.latest(50));
		assertThat(ours).extracting(AuditEntry::action).containsExactly(MARK + "색인 재구축", MARK + "섹션 추가");
		assertThat(ours.get(0)).satisfies(entry -> {
			assertThat(entry.door()).isEqualTo(Door.API);
			assertThat(entry.door().label()).isEqualTo("API");
			assertThat(entry.actor()).isEqualTo("감사관");
			assertThat(entry.target()).isEmpty();
			assertThat(entry.detail()).isEqualTo("기사 40건");
		});
		assertThat(ours.get(1).door().label()).isEqualTo("뉴스룸");
	}

	@Test
	void aLongNameIsCutAtACharacterInsteadOfFailingTheChange() {
		// 199 letters and an emoji (two UTF-16 units) straddling the 200-character limit of the target column.
		String target = "가".repeat(199) + "😀" + "나".repeat(50);

		log.record(Door.NEWSROOM, admin, MARK + "배너 승인 " + "다".repeat(80), target, null);

		AuditEntry entry = ours(log.latest(10)).get(0);
		assertThat(entry.action().codePointCount(0, entry.action().length())).isEqualTo(60);
		assertThat(entry.target()).isEqualTo("가".repeat(199) + "😀");
	}

	private static List<AuditEntry> ours(List<AuditEntry> entries) {
		return entries.stream().filter(entry -> entry.action().startsWith(MARK)).toList();
	}

}
