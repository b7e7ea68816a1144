package kr.sinmun.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Runs at build time, not in the application: the build ({@code exec-maven-plugin}, after the classes are
 * compiled) writes {@code NAME.gz} (gzip -9) and {@code NAME.br} (Brotli 11) beside every style sheet and script
 * under {@code target/classes/static}, so the server never compresses them per request
 * ({@link StaticAssets#resolvers()} serves them). Brotli needs brotli4j's native library (Linux x86-64 and
 * ARM64); elsewhere only gzip is written and browsers get that.
 */
public final class PrecompressedAssets {

	private PrecompressedAssets() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : "target/classes/static");
		Encoder.Parameters brotli = brotli();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".css") || file.toString().endsWith(".js"))
				.toList();
		}
		for (Path file : files) {
			byte[] plain = Files.readAllBytes(file);
			Files.write(file.resolveSibling(file.getFileName() + ".gz"), gzip(plain));
			if (brotli != null) {
				Files.write(file.resolveSibling(file.getFileName() + ".br"), Encoder.compress(plain, brotli));
			}
		}
		System.out.println("정적 파일 " + files.size() + "개를 미리 압축했습니다(gzip" + (brotli != null ? ", Brotli" : "") + "): " + root);
	}

	static byte[] gzip(byte[] plain) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 3 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			out.write(plain);
		}
		return bytes.toByteArray();
	}

	private static Encoder.Parameters brotli() {
		try {
			Brotli4jLoader.ensureAvailability();
			return new Encoder.Parameters().setQuality(11).setMode(Encoder.Mode.TEXT);
		}
		catch (Throwable ex) {
			// CASE: no native Brotli for the build machine: gzip alone.
			System.out.println("Brotli를 쓸 수 없어 gzip만 만듭니다: " + ex.getMessage());
			return null;
		}
	}

}
