package kr.sinmun.media;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The decode budget: pixels are permits, taken in arrival order, and a refusal when the turn does not come. */
class DecodeBudgetTests {

	@Test
	void decodesThatDoNotFitTogetherWaitForEachOtherAndRunInTurn() throws Exception {
		DecodeBudget budget = new DecodeBudget(20_000_000L, Duration.ofMinutes(1));
		CountDownLatch firstMayFinish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> decode(budget, 12_250_000L, () -> {
			pass(firstMayFinish);
			return "first";
		}));
		await().atMost(Duration.ofSeconds(30)).until(() -> budget.available() == 20_000_000L - 12_250_000L);
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> decode(budget, 12_250_000L, () -> "second"));
		await().atMost(Duration.ofSeconds(30)).until(budget::waiting);
		assertThat(second).isNotDone();
		firstMayFinish.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(budget.available()).isEqualTo(20_000_000L);
	}

	@Test
	void aDecodeWhoseTurnDoesNotComeInTimeIsRefusedAsBusyAndHoldsNothing() throws Exception {
		DecodeBudget budget = new DecodeBudget(20_000_000L, Duration.ofMillis(200));
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> decode(budget, 20_000_000L, () -> {
			pass(release);
			return "held";
		}));
		await().atMost(Duration.ofSeconds(30)).until(() -> budget.available() == 0);
		assertThatThrownBy(() -> budget.decode(1_000_000L, () -> "late")).isInstanceOf(MediaBusyException.class)
			.hasMessageContaining("다시 올려 주십시오")
			.satisfies(ex -> assertThat(((MediaBusyException) ex).retryAfterSeconds()).isEqualTo("1"));
		release.countDown();
		assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo("held");
		assertThat(budget.decode(1_000_000L, () -> "now")).isEqualTo("now");
	}

	@Test
	void aPhotoLargerThanTheWholeBudgetStillRunsAlone() throws Exception {
		DecodeBudget budget = new DecodeBudget(5_000_000L, Duration.ofSeconds(1));
		assertThat(budget.decode(49_000_000L, () -> budget.available())).isZero();
		assertThat(budget.available()).isEqualTo(5_000_000L);
	}

	@Test
	void theDefaultBudgetIsAQuarterOfTheHeapAtEightBytesAPixel() {
		DecodeBudget budget = DecodeBudget.of(new DecodeProperties(0, Duration.ofSeconds(10)));
		assertThat(budget.total()).isEqualTo(Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 4 / 8));
		assertThat(DecodeBudget.of(new DecodeProperties(30, Duration.ofSeconds(10))).total()).isEqualTo(30_000_000L);
	}

	@Test
	void subsampledDecodesCountTheirDecodedPixels() {
		// A 7000-pixel-wide photo is read at every second pixel: 3500 × 3500.
		assertThat(Renditions.decodedPixels(7000, 7000)).isEqualTo(12_250_000L);
		assertThat(Renditions.decodedPixels(2000, 1000)).isEqualTo(2_000_000L);
	}

	private static void pass(CountDownLatch gate) {
		try {
			gate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String decode(DecodeBudget budget, long pixels, DecodeBudget.Decode<String> work) {
		try {
			return budget.decode(pixels, work);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
