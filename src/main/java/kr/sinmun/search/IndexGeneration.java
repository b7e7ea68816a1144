package kr.sinmun.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * One physical index with its writer, its near-real-time searchers and the analyzers it was built with. A
 * rebuild makes a new generation beside the live one and swaps it in when complete.
 */
final class IndexGeneration implements Closeable {

	final Path path;

	final KoreanAnalyzers analyzers;

	final Directory directory;

	final IndexWriter writer;

	final SearcherManager searchers;

	/**
	 * The layout of the documents in this index, kept in each commit. It changes whenever what an article
	 * becomes in the index changes (2: the BM25F search text; 3: photo captions out of the snippet text; 4: amounts
	 * and units written one way, and the jamo words that typos are corrected against); an index of another layout
	 * is rebuilt.
	 */
	static final String LAYOUT = "5";

	private static final String LAYOUT_KEY = "sinmun.layout";

	private final boolean currentLayout;

	private IndexGeneration(Path path, KoreanAnalyzers analyzers, Directory directory, IndexWriter writer,
			SearcherManager searchers, boolean currentLayout) {
		this.path = path;
		this.analyzers = analyzers;
		this.directory = directory;
		this.writer = writer;
		this.searchers = searchers;
		this.currentLayout = currentLayout;
	}

	/** Whether the documents are laid out as this version writes them; if not, searches may miss them. */
	boolean hasCurrentLayout() {
		return currentLayout;
	}

	/** Opens the index at {@code path}, or creates an empty one; fails on a corrupt or unreadable index. */
	static IndexGeneration open(Path path, KoreanAnalyzers analyzers, boolean create) throws IOException {
		// Lucene's recommendation for near-real-time search: segments a reopen flushes (one article each)
		// stay in memory until merged or committed, instead of a dozen new files per published article.
		Directory directory = new NRTCachingDirectory(FSDirectory.open(path), 8, 64);
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzers.index())
				.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
				.setRAMBufferSizeMB(48);
			IndexWriter writer = new IndexWriter(directory, config);
			try {
				boolean current = create || layoutOf(writer).equals(LAYOUT);
				if (current) {
					// Only an index of this layout is marked as one; an older one keeps its mark until replaced.
					writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
				}
				return new IndexGeneration(path, analyzers, directory, writer, new SearcherManager(writer, null),
						current);
			}
			catch (IOException | RuntimeException ex) {
				writer.rollback();
				throw ex;
			}
		}
		catch (IOException | RuntimeException ex) {
			directory.close();
			throw ex;
		}
	}

	private static String layoutOf(IndexWriter writer) {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (LAYOUT_KEY.equals(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return "1";
	}

	/**
	 * Ends a full build: merges what was written into one segment, commits, and opens searchers on it.
	 * <p>
	 * A query looks up each of its terms and builds its scorers once per segment, and a top-ten cut-off learned
	 * in one segment does not carry to the next. A build of 100,000 articles leaves about five segments; merged
	 * into one (about 5 s, while the live generation keeps serving), the benchmark's twenty queries took 28 ms
	 * in all instead of 32 ms. Articles indexed afterwards land in small segments that the merge policy folds
	 * in as usual.
	 */
	void finishBuild() throws IOException {
		writer.forceMerge(1);
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
