package kr.sinmun.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One physical index with its writer, its near-real-time searchers and the analyzers it was built with. A
 * rebuild makes a new generation beside the live one and swaps it in when complete.
 */
final class IndexGeneration implements Closeable {

	final Path path;

	final KoreanAnalyzers analyzers;

	final FSDirectory directory;

	final IndexWriter writer;

	final SearcherManager searchers;

	private IndexGeneration(Path path, KoreanAnalyzers analyzers, FSDirectory directory, IndexWriter writer,
			SearcherManager searchers) {
		this.path = path;
		this.analyzers = analyzers;
		this.directory = directory;
		this.writer = writer;
		this.searchers = searchers;
	}

	/** Opens the index at {@code path}, or creates an empty one; fails on a corrupt or unreadable index. */
	static IndexGeneration open(Path path, KoreanAnalyzers analyzers, boolean create) throws IOException {
		FSDirectory directory = FSDirectory.open(path);
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzers.index())
				.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
				.setRAMBufferSizeMB(48);
			IndexWriter writer = new IndexWriter(directory, config);
			try {
				return new IndexGeneration(path, analyzers, directory, writer, new SearcherManager(writer, null));
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

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
