package kr.sinmun.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code store}: {@code directory} (the default, {@code <data>/media}) or {@code s3}, an S3-compatible object
 * store. For S3: the endpoint ({@code https://s3.ap-northeast-2.amazonaws.com}, a MinIO address, …), the
 * bucket, the region, the keys, and whether the bucket is addressed in the path (MinIO and most
 * S3-compatible stores) or as a host name (AWS).
 */
@ConfigurationProperties("sinmun.media")
record MediaStorageProperties(@DefaultValue("directory") String store, @DefaultValue S3 s3) {

	record S3(@DefaultValue("") String endpoint, @DefaultValue("") String bucket,
			@DefaultValue("us-east-1") String region, @DefaultValue("") String accessKey,
			@DefaultValue("") String secretKey, @DefaultValue("true") boolean pathStyle) {

		// The secret key never reaches a log line, even through a failed-binding report.
		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey=" + accessKey
					+ ", secretKey=" + (secretKey.isEmpty() ? "" : "***") + ", pathStyle=" + pathStyle + "]";
		}

	}

}
