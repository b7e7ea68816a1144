package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kr.sinmun.frontpage.Box;

/**
 * The order a drag and drop in 홈 편집 leaves, as the form sends it: each column's box numbers ("2,0,1"), every box
 * once. Saving an order ({@link LayoutController}) and previewing one ({@link LayoutPreviewController}) read it
 * the same way.
 */
final class BoxOrder {

	private BoxOrder() {
	}

	/** The boxes in the columns and order given; empty unless the numbers name every box exactly once. */
	static Optional<List<Box>> arrange(List<Box> boxes, String main, String side) {
		List<Integer> mainOrder;
		List<Integer> sideOrder;
		try {
			mainOrder = indices(main);
			sideOrder = indices(side);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		List<Integer> all = new ArrayList<>(mainOrder);
		all.addAll(sideOrder);
		if (all.size() != boxes.size() || all.stream().distinct().count() != boxes.size()
				|| all.stream().anyMatch(i -> i < 0 || i >= boxes.size())) {
			return Optional.empty();
		}
		List<Box> ordered = new ArrayList<>();
		mainOrder.forEach(i -> ordered.add(boxes.get(i).withArea(Box.Area.MAIN)));
		sideOrder.forEach(i -> ordered.add(boxes.get(i).withArea(Box.Area.SIDE)));
		return Optional.of(ordered);
	}

	private static List<Integer> indices(String list) {
		return list == null || list.isBlank() ? List.of()
				: Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

}
