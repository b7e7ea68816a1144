package kr.sinmun.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import kr.sinmun.platform.OutsideTransactions;

/**
 * Images in an S3-compatible object store, so that nodes share them without a shared disk. Objects are
 * written with {@code PutObject} and read back with {@code GetObject} through the AWS SDK's S3 client, which
 * signs them (SigV4); the bucket can stay private, since readers get the images through {@code /media/**} on
 * any node (and, in production, a CDN in front, which keeps them for a year).
 *
 * <p>The client is set up for any S3-compatible store, not AWS alone: the bucket in the path or in the host
 * name as configured, and no checksum trailers or chunked uploads unless an operation requires them (the SDK's
 * defaults since 2.30, which MinIO releases, R2 and other stores have refused). The keys come from the settings
 * only, never from the SDK's chain of environment variables and {@code ~/.aws} files, and the SDK keeps the
 * secret key out of every description and log line of its own.
 */
class S3Store implements MediaStore, AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final String bucket;

	private final S3Client s3;

	S3Store(MediaStorageProperties.S3 properties) {
		if (properties.endpoint().isBlank() || properties.bucket().isBlank() || properties.accessKey().isBlank()
				|| properties.secretKey().isBlank()) {
			throw new IllegalStateException("sinmun.media.store=s3 needs sinmun.media.s3.endpoint, bucket, "
					+ "access-key and secret-key (SINMUN_MEDIA_S3_ENDPOINT, …)");
		}
		this.bucket = properties.bucket();
		this.s3 = S3Client.builder()
			.endpointOverride(URI.create(properties.endpoint().replaceAll("/+$", "")))
			.region(Region.of(properties.region()))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())))
			.forcePathStyle(properties.pathStyle())
			.serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(TIMEOUT)
				.build())
			// One attempt, as before the SDK: an upload that fails is the user's to retry, and a reader's GET
			// that hangs holds a request thread.
			.overrideConfiguration(config -> config.apiCallTimeout(TIMEOUT).retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	@Override
	public void put(String name, byte[] bytes, String contentType) {
		OutsideTransactions.require("S3 PUT");
		try {
			s3.putObject(request -> request.bucket(bucket).key(name).contentType(contentType), RequestBody.fromBytes(bytes));
		}
		catch (S3Exception ex) {
			throw new MediaStoreUnavailableException(
					new IOException("S3 PutObject " + name + " answered " + ex.statusCode() + ": " + errorCode(ex)));
		}
		catch (SdkClientException ex) {
			throw new MediaStoreUnavailableException(new IOException("S3 PutObject " + name + " failed", ex));
		}
	}

	@Override
	public Optional<StoredObject> get(String name) {
		OutsideTransactions.require("S3 GET");
		try {
			ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request -> request.bucket(bucket).key(name));
			String type = object.response().contentType();
			return Optional.of(new StoredObject(object.asByteArray(), type == null ? MediaTypes.of(name) : type));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw new UncheckedIOException(
					new IOException("S3 GetObject " + name + " answered " + ex.statusCode() + ": " + errorCode(ex)));
		}
		catch (SdkClientException ex) {
			throw new UncheckedIOException(new IOException("S3 GetObject " + name + " failed", ex));
		}
	}

	@Override
	public void close() {
		s3.close();
	}

	// What went wrong in S3's words (NoSuchBucket, AccessDenied, SignatureDoesNotMatch, …).
	private static String errorCode(S3Exception ex) {
		AwsErrorDetails details = ex.awsErrorDetails();
		return details == null || details.errorCode() == null ? "(no error code)" : details.errorCode();
	}

}
