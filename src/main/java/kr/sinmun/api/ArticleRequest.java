package kr.sinmun.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST} and {@code PUT /api/v1/articles}. */
record ArticleRequest(@NotBlank(message = "섹션(section)을 지정해 주십시오.") String section,
		@NotBlank(message = "제목(headline)을 입력해 주십시오.") @Size(max = 200,
				message = "제목(headline)은 200자를 넘을 수 없습니다.") String headline,
		@Size(max = 1000, message = "부제(subheadline)는 1000자를 넘을 수 없습니다.") String subheadline,
		@NotNull(message = "본문(bodyHtml)을 입력해 주십시오.") String bodyHtml,
		@Size(max = 60, message = "기자 이름(reporter)은 60자를 넘을 수 없습니다.") String reporter,
		@Size(max = 20, message = "태그(tags)는 20개까지 붙일 수 있습니다.") List<@NotBlank(
				message = "빈 태그(tags)는 붙일 수 없습니다.") @Size(max = 50,
						message = "태그(tags)는 50자를 넘을 수 없습니다.") String> tags,
		String status, OffsetDateTime publishedAt,
		@Size(max = 40, message = "통신사 이름(wireSource)은 40자를 넘을 수 없습니다.") String wireSource) {
}
