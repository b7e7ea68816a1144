package kr.sinmun.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.util.IOUtils;

/**
 * The folder of index generations under the data directory: {@code gen-…} folders, and a {@code CURRENT}
 * file naming the one a start opens. {@code CURRENT} is written aside and renamed over the old one, so a crash
 * at any moment leaves it naming a whole generation.
 */
final class IndexDirectory {

	private static final String CURRENT = "CURRENT";

	private final Path root;

	IndexDirectory(Path root) {
		this.root = root;
	}

	/** The generation {@code CURRENT} names, if it names one that exists. */
	Optional<Path> current() {
		Path pointer = root.resolve(CURRENT);
		try {
			if (!Files.exists(pointer)) {
				return Optional.empty();
			}
			Path path = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
			return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** A new, empty generation beside the others; not current until {@link #makeCurrent}. */
	IndexGeneration create(KoreanAnalyzers analyzers) {
		Path path = root.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000);
		try {
			Files.createDirectories(path);
			return IndexGeneration.open(path, analyzers, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("검색 색인을 만들 수 없습니다: " + path, ex);
		}
	}

	/** Makes {@code generation} the one the next start opens. */
	void makeCurrent(Path generation) {
		try {
			Path temporary = root.resolve(CURRENT + ".tmp");
			Files.writeString(temporary, generation.getFileName().toString(), StandardCharsets.UTF_8);
			Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes every generation but {@code keep}: those a crash left behind in the middle of a rebuild. */
	void removeAllBut(Set<Path> keep) {
		try (Stream<Path> entries = Files.list(root)) {
			for (Path entry : entries.filter(Files::isDirectory).toList()) {
				if (!keep.contains(entry) && entry.getFileName().toString().startsWith("gen-")) {
					IOUtils.rm(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
