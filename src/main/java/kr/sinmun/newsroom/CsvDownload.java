package kr.sinmun.newsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file the desk opens in Excel: RFC 4180 as Commons CSV writes it (CRLF, fields quoted when they need it),
 * in UTF-8 with a byte-order mark, without which Excel in Korea reads the file as CP949 and garbles the Hangul.
 */
final class CsvDownload {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	private final CSVPrinter printer;

	CsvDownload(String... header) {
		try {
			this.printer = CSVFormat.RFC4180.print(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		row((Object[]) header);
	}

	/**
	 * A cell of text that people typed (a headline, a name, a campaign), made safe to open: Excel runs a cell
	 * starting with = + - or @ as a formula, so such text gets a leading apostrophe, which Excel shows as text.
	 * Figures, dates and our own labels go into {@link #row} as they are.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		// CASE: a headline starting with = + - @ would run as a formula when the export is opened in a spreadsheet.
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	CsvDownload row(Object... cells) {
		try {
			printer.printRecord(cells);
		}
		catch (IOException ex) {
			// A StringBuilder does not fail; the signature is the Appendable's.
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	byte[] bytes() {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The file as a download named {@code filename} (Korean names are sent as RFC 5987 UTF-8). */
	ResponseEntity<byte[]> download(String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(bytes());
	}

}
