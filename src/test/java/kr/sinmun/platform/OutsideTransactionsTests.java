package kr.sinmun.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard every network client calls: the tests run with assertions on, so a call inside a transaction fails. */
class OutsideTransactionsTests {

	@AfterEach
	void noTransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void refusesANetworkCallWhileATransactionIsOpenOnTheThread() {
		assertThatCode(() -> OutsideTransactions.require("Kakao POST")).doesNotThrowAnyException();
		TransactionSynchronizationManager.setActualTransactionActive(true);
		assertThatThrownBy(() -> OutsideTransactions.require("Kakao POST")).isInstanceOf(AssertionError.class)
			.hasMessageStartingWith("Kakao POST inside a database transaction");
	}

}
