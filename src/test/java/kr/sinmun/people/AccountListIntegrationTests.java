package kr.sinmun.people;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.sinmun.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The 사용자 screen lists administrators first, then the desk, then reporters. */
class AccountListIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Test
	void listsAdministratorsThenTheDeskThenReporters() {
		List<Account> accounts = people.accounts();
		assertThat(accounts).extracting(Account::role).contains(Role.ADMIN, Role.REPORTER);
		assertThat(accounts.get(0).role()).isEqualTo(Role.ADMIN);
		assertThat(accounts).isSortedAccordingTo(Comparator
			.comparingInt((Account account) -> List.of(Role.ADMIN, Role.EDITOR, Role.REPORTER).indexOf(account.role())));
	}

}
