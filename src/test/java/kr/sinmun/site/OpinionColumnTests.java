package kr.sinmun.site;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kr.sinmun.article.ArticleSummary;
import kr.sinmun.people.Reporter;
import kr.sinmun.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** How the 오피니언 box names a piece: by its 연재, else by its headline's label, never twice. */
class OpinionColumnTests {

	private static final Reporter WRITER = new Reporter(7, "최하린", null, Role.EDITOR,
			new Reporter.Photo("/media/face.jpg", 160, 160));

	private static HomePage.Column column(String headline, String seriesName) {
		ArticleSummary article = new ArticleSummary(1, 2, 7, headline, "", null, Instant.EPOCH,
				seriesName == null ? null : 3, seriesName);
		ListItem item = new ListItem(article.url(), headline, "", null, "오피니언", "/section/opinion", "최하린", "", "");
		return HomeViews.column(article, item, WRITER);
	}

	@Test
	void aSeriesNamesTheColumnAndTakesTheLabelItSaysOutOfTheHeadline() {
		HomePage.Column editorial = column("[사설] 빠른 기사보다 바른 기사", "사설");
		assertThat(editorial.columnName()).isEqualTo("사설");
		assertThat(editorial.headline()).isEqualTo("빠른 기사보다 바른 기사");
		HomePage.Column named = column("[칼럼] 골목 가게의 셔터", "한빛 칼럼");
		assertThat(named.columnName()).isEqualTo("한빛 칼럼");
		assertThat(named.headline()).isEqualTo("골목 가게의 셔터");
	}

	@Test
	void aLabelTheSeriesDoesNotSayStaysInTheHeadline() {
		HomePage.Column column = column("[단독] 연재 밖의 말머리", "한빛 칼럼");
		assertThat(column.columnName()).isEqualTo("한빛 칼럼");
		assertThat(column.headline()).isEqualTo("[단독] 연재 밖의 말머리");
	}

	@Test
	void withoutASeriesTheLabelNamesTheColumn() {
		HomePage.Column column = column("[ 독자기고 ]  동네 도서관", null);
		assertThat(column.columnName()).isEqualTo("독자기고");
		assertThat(column.headline()).isEqualTo("동네 도서관");
	}

	@Test
	void aHeadlineWithNoLabelOrOnlyALabelIsShownWhole() {
		assertThat(column("느린 행정의 값", null).columnName()).isNull();
		assertThat(column("느린 행정의 값", null).headline()).isEqualTo("느린 행정의 값");
		assertThat(column("[사설]", null).headline()).isEqualTo("[사설]");
		assertThat(column("[ ] 빈 말머리", null).columnName()).isNull();
	}

	@Test
	void theWriterIsNamedWithTheirTitleAndShownWithTheirPortrait() {
		HomePage.Column column = column("[사설] 제목", "사설");
		assertThat(column.byline()).isEqualTo("최하린 기자");
		assertThat(column.photoUrl()).isEqualTo("/media/face.jpg");
		assertThat(column.initial()).isEqualTo("최");
	}

}
