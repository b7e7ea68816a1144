package kr.sinmun.media;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many pixels are decoded at once, so that parallel uploads of large photos (eight 7000×7000 PNGs,
 * each under the 50-megapixel limit) queue for memory instead of running the heap out of it and failing
 * everyone's upload. A fair {@link Semaphore} whose permits are pixels: each decode takes as many as it will
 * hold in memory, waits its turn in arrival order, and is refused with {@link MediaBusyException} (a 503 with
 * {@code Retry-After}) when its turn does not come within the configured wait.
 *
 * <p>The budget defaults to a quarter of the maximum heap at {@value #BYTES_PER_PIXEL} bytes per decoded pixel:
 * the decoded image (up to 4 bytes a pixel), the halved copies the renditions are drawn from (a third again), and
 * the encoders' buffers. A single photo larger than the whole budget still runs, alone.
 */
class DecodeBudget {

	static final int BYTES_PER_PIXEL = 8;

	private final Semaphore pixels;

	private final int total;

	private final Duration wait;

	/** The configured budget, or a quarter of this JVM's maximum heap when none is configured. */
	static DecodeBudget of(DecodeProperties properties) {
		return new DecodeBudget(properties.megapixels() > 0 ? properties.megapixels() * 1_000_000L
				: Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_PIXEL, properties.maxWait());
	}

	DecodeBudget(long pixels, Duration wait) {
		this.total = (int) Math.max(1, Math.min(pixels, Integer.MAX_VALUE));
		this.pixels = new Semaphore(total, true);
		this.wait = wait;
	}

	/** Work that decodes an image of {@code pixels} pixels (as decoded, after any subsampling). */
	interface Decode<T> {

		T run() throws IOException;

	}

	<T> T decode(long pixelCount, Decode<T> work) throws IOException {
		int needed = (int) Math.max(1, Math.min(pixelCount, total));
		try {
			if (!pixels.tryAcquire(needed, wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new MediaBusyException(wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MediaBusyException(wait);
		}
		try {
			return work.run();
		}
		finally {
			pixels.release(needed);
		}
	}

	/** Pixels not taken by a decode right now. */
	long available() {
		return pixels.availablePermits();
	}

	/** Whether a decode is waiting for pixels to be released. */
	boolean waiting() {
		return pixels.hasQueuedThreads();
	}

	long total() {
		return total;
	}

}
