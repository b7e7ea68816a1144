package kr.sinmun.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Run in its own JVM with a small heap by {@link ConstrainedHeapUploadTests}: the media library as production
 * builds it (its decode budget sized from this heap), and {@code args[2]} uploads of the PNG in {@code args[0]}
 * started at the same moment. Prints one line per upload: {@code OK}, {@code BUSY} or what went wrong. An
 * optional {@code args[3]} sets the budget in megapixels instead (a huge one is how it behaved before there was one).
 */
final class ParallelUploadsChild {

	private ParallelUploadsChild() {
	}

	public static void main(String[] args) throws Exception {
		byte[] png = Files.readAllBytes(Path.of(args[0]));
		MediaLibrary library = new MediaLibrary(new DirectoryStore(Path.of(args[1])), new NoDatabase(),
				Clock.systemUTC(), DecodeBudget.of(new DecodeProperties(args.length > 3 ? Integer.parseInt(args[3]) : 0, Duration.ofMinutes(5))));
		int uploads = Integer.parseInt(args[2]);
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < uploads; i++) {
			Thread thread = new Thread(() -> {
				try {
					start.await();
					StoredMedia stored = library.store(png);
					System.out.println(stored.renditions().size() == 3 ? "OK" : "RENDITIONS " + stored.renditions().size());
				}
				catch (MediaBusyException ex) {
					System.out.println("BUSY");
				}
				catch (OutOfMemoryError ex) {
					System.out.println("OOM");
				}
				catch (Throwable ex) {
					System.out.println("ERROR " + ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		start.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private static final class NoDatabase extends MediaRepository {

		NoDatabase() {
			super(null);
		}

		@Override
		long insert(String storedName, String contentType, int width, int height, long size, Integer[] widths,
				boolean hasCard, boolean inLibrary, Long uploadedBy, PhotoDetails details) {
			return 1;
		}

	}

}
