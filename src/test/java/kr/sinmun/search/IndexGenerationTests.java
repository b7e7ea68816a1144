package kr.sinmun.search;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexGenerationTests {

	private static final KoreanAnalyzers ANALYZERS = new KoreanAnalyzers(null);

	// An index this version built is recognized as its own after a restart, and stays one through later commits.
	@Test
	void remembersItsLayoutAcrossRestarts() throws Exception {
		Path dir = Files.createTempDirectory("sinmun-layout");
		try {
			try (IndexGeneration built = IndexGeneration.open(dir, ANALYZERS, true)) {
				built.finishBuild();
			}
			try (IndexGeneration reopened = IndexGeneration.open(dir, ANALYZERS, false)) {
				assertThat(reopened.hasCurrentLayout()).isTrue();
				reopened.writer.addDocument(new Document());
				reopened.writer.commit();
			}
			try (IndexGeneration again = IndexGeneration.open(dir, ANALYZERS, false)) {
				assertThat(again.hasCurrentLayout()).isTrue();
			}
		}
		finally {
			IOUtils.rm(dir);
		}
	}

	// An index written before layouts were recorded (or by another layout) is reported, so it gets rebuilt,
	// and opening it does not mark it as current.
	@Test
	void reportsAnIndexOfAnEarlierLayout() throws Exception {
		Path dir = Files.createTempDirectory("sinmun-layout");
		try {
			try (FSDirectory directory = FSDirectory.open(dir);
					IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZERS.index()))) {
				Document document = new Document();
				document.add(new StringField(ArticleDocuments.ID, "1", Field.Store.YES));
				writer.addDocument(document);
				writer.commit();
			}
			for (int open = 0; open < 2; open++) {
				try (IndexGeneration old = IndexGeneration.open(dir, ANALYZERS, false)) {
					assertThat(old.hasCurrentLayout()).isFalse();
					old.writer.addDocument(new Document());
					old.writer.commit();
				}
			}
		}
		finally {
			IOUtils.rm(dir);
		}
	}

	// An index of the layout before amounts were written one way (3) reads 2조5000억원 as 2 + 조 + 5000 + 억: searches
	// for 2.5조 would miss it, so it is reported and rebuilt.
	@Test
	void reportsAnIndexOfThePreviousLayout() throws Exception {
		Path dir = Files.createTempDirectory("sinmun-layout");
		try {
			try (FSDirectory directory = FSDirectory.open(dir);
					IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZERS.index()))) {
				writer.addDocument(new Document());
				writer.setLiveCommitData(java.util.Map.of("sinmun.layout",
						String.valueOf(Integer.parseInt(IndexGeneration.LAYOUT) - 1)).entrySet());
				writer.commit();
			}
			try (IndexGeneration previous = IndexGeneration.open(dir, ANALYZERS, false)) {
				assertThat(previous.hasCurrentLayout()).isFalse();
			}
		}
		finally {
			IOUtils.rm(dir);
		}
	}

}
