package kr.sinmun.people;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.platform.SinmunProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator {@code admin} on the first start. The password comes from
 * {@code SINMUN_ADMIN_PASSWORD}; without it a random one is generated and written to the log exactly once,
 * since it exists nowhere else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final People people;

	private final SinmunProperties properties;

	FirstAdministrator(People people, SinmunProperties properties) {
		this.people = people;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!people.isEmpty()) {
			return;
		}
		String configured = properties.adminPassword();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? randomPassword() : configured;
		String problem = PasswordRules.problem(password);
		if (problem != null) {
			throw new IllegalStateException("SINMUN_ADMIN_PASSWORD를 쓸 수 없습니다: " + problem);
		}
		people.create(new NewUser("admin", password, "관리자", null, Role.ADMIN, null));
		if (generated) {
			log.warn("관리자 계정 'admin'을 만들었습니다. 임시 비밀번호: {} (이 로그에만 한 번 표시됩니다)", password);
		}
		else {
			log.info("관리자 계정 'admin'을 SINMUN_ADMIN_PASSWORD의 비밀번호로 만들었습니다.");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
