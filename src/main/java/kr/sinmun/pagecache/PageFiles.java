package kr.sinmun.pagecache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Large cached pages (the home page, the feeds) as files, so Tomcat can hand them to the kernel with
 * {@code sendfile} instead of copying them through the JVM in several writes; a page that fits one write is
 * sent from memory (see {@link ResponseWrites}). The directory is private to this process (several nodes may
 * share {@code ./data}, but each has its own cache), and it is removed at shutdown.
 *
 * <p>A dropped page's files are deleted only after a grace period: a response that was handed the file name
 * a moment before the drop opens the file after it, and must still find it. This matters most in the worst
 * moment, a publish while hundreds of readers hit the home page.
 */
@Component
class PageFiles {

	private static final Log logger = LogFactory.getLog(PageFiles.class);

	private static final Duration GRACE = Duration.ofSeconds(30);

	private final Path directory;

	private final AtomicLong sequence = new AtomicLong();

	private final ConcurrentLinkedQueue<Dropped> dropped = new ConcurrentLinkedQueue<>();

	private final Clock clock;

	PageFiles(Clock clock) throws IOException {
		this.clock = clock;
		this.directory = Files.createTempDirectory("sinmun-pages-");
	}

	/** Writes {@code bytes} to a new file and returns it, or null when the disk refuses (memory still serves). */
	Path write(byte[] bytes) {
		Path file = directory.resolve(Long.toString(sequence.incrementAndGet()));
		try {
			Files.write(file, bytes);
			return file;
		}
		catch (IOException ex) {
			logger.warn("Could not store a cached page as a file; serving it from memory: " + ex.getMessage());
			return null;
		}
	}

	/** Schedules {@code file} for deletion once no response can still be about to open it. */
	void drop(Path file) {
		if (file != null) {
			dropped.add(new Dropped(file, clock.instant().plus(GRACE)));
		}
	}

	@Scheduled(fixedDelay = 10_000)
	void deleteDropped() {
		Instant now = clock.instant();
		Dropped next;
		while ((next = dropped.peek()) != null && !next.due().isAfter(now)) {
			dropped.poll();
			delete(next.file());
		}
	}

	int pending() {
		return dropped.size();
	}

	@jakarta.annotation.PreDestroy
	void removeAll() {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(PageFiles::delete);
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Could not remove " + directory + ": " + ex.getMessage());
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete " + file + ": " + ex.getMessage());
		}
	}

	private record Dropped(Path file, Instant due) {
	}

}
