package kr.sinmun.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT /api/v1/articles}. What the API itself requires is checked here; the
 * limits of the article's text and time are the article module's ({@code ArticleFields}), the same for the
 * newsroom. {@code series} is a 연재's slug: left out or null keeps the article's series (none for a new article),
 * an empty string takes it out of its series.
 */
record ArticleRequest(@NotBlank(message = "섹션(section)을 지정해 주십시오.") String section,
		@NotBlank(message = "제목(headline)을 입력해 주십시오.") String headline, String subheadline,
		@NotNull(message = "본문(bodyHtml)을 입력해 주십시오.") String bodyHtml,
		@Size(max = 60, message = "기자 이름(reporter)은 60자를 넘을 수 없습니다.") String reporter,
		List<@NotBlank(message = "빈 태그(tags)는 붙일 수 없습니다.") String> tags, String status,
		OffsetDateTime publishedAt, String wireSource,
		@Size(max = 40, message = "연재 주소(series)는 40자를 넘을 수 없습니다.") String series) {
}
