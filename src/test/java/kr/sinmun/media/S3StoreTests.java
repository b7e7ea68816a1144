package kr.sinmun.media;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3StoreTests {

	private final FakeS3 s3 = new FakeS3("sinmun-media");

	@AfterEach
	void stop() {
		s3.stop();
	}

	// The worked example in AWS's SigV4 documentation for S3 (GET Object with a Range header): the fake's own
	// check reproduces it, so what the fake accepts from the SDK is what S3 would accept.
	@Test
	void theFakeChecksSignaturesAsAwsDocumentsThem() {
		String emptyPayload = FakeS3.sha256Hex(new byte[0]);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", "examplebucket.s3.amazonaws.com");
		headers.put("Range", "bytes=0-9");
		headers.put("x-amz-content-sha256", emptyPayload);
		headers.put("x-amz-date", "20130524T000000Z");
		String authorization = FakeS3.authorization("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
				"us-east-1", "GET", "/test.txt", "", headers, emptyPayload, Instant.parse("2013-05-24T00:00:00Z"));
		assertThat(authorization).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
				+ "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
				+ "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
	}

	@Test
	void keepsUploadsAndTheirRenditionsInTheBucket() throws Exception {
		MediaLibrary library = new MediaLibrary(store(FakeS3.SECRET_KEY), new NoDatabase(), Clock.systemUTC(),
				new DecodeBudget(50_000_000L, java.time.Duration.ofSeconds(10)));
		StoredMedia stored = library.store(jpeg(1600, 900));
		assertThat(stored.url()).startsWith("/media/").endsWith(".jpg");
		String name = stored.url().substring("/media/".length());
		assertThat(s3.object(name)).isNotNull();
		assertThat(s3.object(name)[1]).isEqualTo("image/jpeg");
		for (StoredMedia.Rendition rendition : stored.renditions()) {
			assertThat(s3.object(rendition.webp().substring("/media/".length()))[1]).isEqualTo("image/webp");
			assertThat(s3.object(rendition.jpeg().substring("/media/".length()))[1]).isEqualTo("image/jpeg");
		}
		// The original, each rendition as JPEG and WebP, and the 3:2 card for lists as JPEG and WebP.
		assertThat(s3.size()).isEqualTo(1 + 2 * stored.renditions().size() + 2);
	}

	@Test
	void readersGetObjectsThroughMediaAndTheHotOnesFromMemory() {
		MediaStore store = store(FakeS3.SECRET_KEY);
		String name = "2026/11/0f8fad5b-d9cb-469f-a165-70867728950e-720.webp";
		byte[] bytes = { 'R', 'I', 'F', 'F', 1, 2, 3 };
		store.put(name, bytes, "image/webp");
		S3MediaController controller = new S3MediaController(store);

		var first = controller.media(new MockHttpServletRequest("GET", "/media/" + name));
		assertThat(first.getStatusCode().value()).isEqualTo(200);
		assertThat(first.getBody()).isEqualTo(bytes);
		assertThat(first.getHeaders().getContentType()).hasToString("image/webp");
		assertThat(first.getHeaders().getCacheControl()).contains("immutable").contains("max-age=31536000");
		controller.media(new MockHttpServletRequest("GET", "/media/" + name));
		assertThat(s3.gets()).as("the second read came from memory").isEqualTo(1);

		assertThat(controller.media(new MockHttpServletRequest("GET", "/media/2026/11/0f8fad5b-d9cb-469f-a165-70867728950f.jpg"))
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(controller.media(new MockHttpServletRequest("GET", "/media/../../etc/passwd")).getStatusCode().value())
			.isEqualTo(404);
		assertThat(s3.gets()).as("names that are not ours are never fetched").isEqualTo(2);
	}

	@Test
	void aWrongKeyOrAMissingBucketIsAnErrorNamingS3sCodeNeverTheSecret() {
		MediaStore wrong = store("not-the-secret");
		assertThatThrownBy(() -> wrong.put("2026/11/a.jpg", new byte[] { 1 }, "image/jpeg"))
			.isInstanceOf(MediaStoreUnavailableException.class)
			.hasMessage("사진 저장소에 저장하지 못했습니다. 잠시 후 다시 올려 주십시오.")
			.cause()
			.hasMessageContaining("403")
			.hasMessageContaining("SignatureDoesNotMatch")
			.hasMessageNotContaining("not-the-secret");
		MediaStore noBucket = new S3Store(new MediaStorageProperties.S3(s3.endpoint(), "other-bucket", FakeS3.REGION,
				FakeS3.ACCESS_KEY, FakeS3.SECRET_KEY, true));
		assertThatThrownBy(() -> noBucket.put("2026/11/a.jpg", new byte[] { 1 }, "image/jpeg"))
			.isInstanceOf(MediaStoreUnavailableException.class)
			.cause()
			.hasMessageContaining("NoSuchBucket");
		FakeS3 gone = new FakeS3("sinmun-media");
		gone.stop();
		MediaStore unreachable = new S3Store(new MediaStorageProperties.S3(gone.endpoint(), "sinmun-media", FakeS3.REGION,
				FakeS3.ACCESS_KEY, FakeS3.SECRET_KEY, true));
		assertThatThrownBy(() -> unreachable.put("2026/11/b.jpg", new byte[] { 1 }, "image/jpeg"))
			.as("the store unreachable")
			.isInstanceOf(MediaStoreUnavailableException.class);
		S3MediaController controller = new S3MediaController(wrong);
		var unavailable = controller.media(
				new MockHttpServletRequest("GET", "/media/2026/11/0f8fad5b-d9cb-469f-a165-70867728950e.jpg"));
		assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
		assertThat(new String(unavailable.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("이미지 저장소");
	}

	@Test
	void neverCallsTheStoreInsideADatabaseTransaction() {
		MediaStore store = store(FakeS3.SECRET_KEY);
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThatThrownBy(() -> store.put("2026/11/c.jpg", new byte[] { 1 }, "image/jpeg"))
				.isInstanceOf(AssertionError.class)
				.hasMessageContaining("inside a database transaction");
			assertThatThrownBy(() -> store.get("2026/11/c.jpg")).isInstanceOf(AssertionError.class);
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		assertThat(s3.size()).isZero();
		assertThat(s3.gets()).isZero();
	}

	@Test
	void refusesToStartWithoutItsSettingsAndKeepsTheSecretOutOfItsDescription() {
		var missing = new MediaStorageProperties.S3(s3.endpoint(), "", FakeS3.REGION, FakeS3.ACCESS_KEY, "s3cr3t", true);
		assertThatThrownBy(() -> new S3Store(missing)).hasMessageContaining("bucket");
		assertThat(missing.toString()).doesNotContain("s3cr3t").contains("***");
	}

	private static byte[] jpeg(int width, int height) throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	// The library's database row is not what this test is about; the bucket's contents are.
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

	private MediaStore store(String secret) {
		return new S3Store(new MediaStorageProperties.S3(s3.endpoint() + "/", "sinmun-media", FakeS3.REGION,
				FakeS3.ACCESS_KEY, secret, true));
	}

}
