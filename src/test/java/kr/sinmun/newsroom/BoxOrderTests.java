package kr.sinmun.newsroom;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sinmun.frontpage.Box;

import static org.assertj.core.api.Assertions.assertThat;

/** 홈 편집's drag and drop order, as the form sends it: every box once, by number, per column. */
class BoxOrderTests {

	private static final List<Box> BOXES = List.of(
			new Box(Box.Kind.TOP, Box.Area.MAIN, null, Box.Style.LIST, 1, null, 1),
			new Box(Box.Kind.LATEST, Box.Area.MAIN, null, Box.Style.LIST, 5, null, 2),
			new Box(Box.Kind.MOST_READ, Box.Area.SIDE, null, Box.Style.LIST, 7, null, 3));

	@Test
	void putsEveryBoxInTheColumnAndPlaceGiven() {
		List<Box> arranged = BoxOrder.arrange(BOXES, "1, 2", "0").orElseThrow();
		assertThat(arranged).extracting(box -> box.kind() + " " + box.area())
			.containsExactly("LATEST MAIN", "MOST_READ MAIN", "TOP SIDE");
	}

	@Test
	void refusesAnOrderThatDoesNotNameEveryBoxExactlyOnce() {
		assertThat(BoxOrder.arrange(BOXES, "0,1", "")).as("one missing").isEmpty();
		assertThat(BoxOrder.arrange(BOXES, "0,1,1", "")).as("one twice").isEmpty();
		assertThat(BoxOrder.arrange(BOXES, "0,1", "3")).as("no such box").isEmpty();
		assertThat(BoxOrder.arrange(BOXES, "0,1", "-1")).as("negative").isEmpty();
		assertThat(BoxOrder.arrange(BOXES, "0,일", "2")).as("not a number").isEmpty();
		assertThat(BoxOrder.arrange(BOXES, "0,1,2,99999999999", "")).as("too large for an int").isEmpty();
	}

}
