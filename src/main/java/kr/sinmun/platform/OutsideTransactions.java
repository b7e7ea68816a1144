package kr.sinmun.platform;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rule for every call to another service (portal, CDN, KMA, object store): it is made with no database
 * transaction open on the calling thread. A transaction that waits on the network holds a pooled connection
 * and its locks for as long as the other side takes, and a slow service then stalls whatever needs them.
 * Checked with a Java assertion: the tests run with assertions on and fail at the call that breaks the rule;
 * production pays nothing.
 */
public final class OutsideTransactions {

	private OutsideTransactions() {
	}

	/** Call right before the network call; {@code call} names it in the failure. */
	public static void require(String call) {
		assert !TransactionSynchronizationManager.isActualTransactionActive() : call
				+ " inside a database transaction: make the call before the transaction begins or after it ends";
	}

}
