package kr.sinmun.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

/** Newsroom pages as an administrator sees them, for tests outside the newsroom's package. */
public final class NewsroomAdminPages {

	private NewsroomAdminPages() {
	}

	/** The 감사 기록 page's HTML, fetched after logging in as {@code admin}. */
	public static String auditLog(int port, String adminPassword) {
		NewsroomSession admin = new NewsroomSession(port);
		assertThat(admin.login("admin", adminPassword)).endsWith("/newsroom");
		return admin.get("/newsroom/admin/audit").body();
	}

}
