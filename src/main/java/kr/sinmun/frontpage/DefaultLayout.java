package kr.sinmun.frontpage;

import java.util.ArrayList;
import java.util.List;

import kr.sinmun.section.Section;

/**
 * The composition a paper starts with, drawn from its menu: a dense front page as Korean papers lay them out.
 * Main column: the top story, 주요기사, a banner, 영상, then the sections (the first as cards, the others as photo
 * lists and headline lists in pairs); side column: 많이 본 뉴스 (HOT클릭, 일간·주간), 최신 기사, a banner, 오피니언
 * with the columnists' faces, 포토뉴스, the last two sections and a second banner. The opinion section gets no
 * section box of its own: the 오피니언 box shows it. On phones 많이 본 뉴스 comes third, right after the top story
 * and 주요기사. Boxes with nothing to show (영상 before any article embeds a video) stay out of the page.
 */
final class DefaultLayout {

	private DefaultLayout() {
	}

	static List<Box> of(List<Section> menu) {
		List<Box> main = new ArrayList<>();
		List<Box> side = new ArrayList<>();
		main.add(box(Box.Kind.TOP, Box.Area.MAIN, null, Box.Style.CARDS, 1, null));
		main.add(box(Box.Kind.LEADS, Box.Area.MAIN, null, Box.Style.LIST, 6, null));
		main.add(box(Box.Kind.BANNER, Box.Area.MAIN, null, Box.Style.LIST, 1, "home-middle"));
		main.add(box(Box.Kind.VIDEO, Box.Area.MAIN, null, Box.Style.CARDS, 3, null));
		side.add(box(Box.Kind.MOST_READ, Box.Area.SIDE, null, Box.Style.LIST, 7, null));
		side.add(box(Box.Kind.LATEST, Box.Area.SIDE, null, Box.Style.LIST, 8, null));
		side.add(box(Box.Kind.BANNER, Box.Area.SIDE, null, Box.Style.LIST, 1, "right-top"));
		side.add(box(Box.Kind.OPINION, Box.Area.SIDE, null, Box.Style.LIST, 4, null));
		side.add(box(Box.Kind.PHOTO, Box.Area.SIDE, null, Box.Style.CARDS, 4, null));
		menu = menu.stream().filter(section -> !section.slug().equals(Box.OPINION_SLUG)).toList();
		int inMain = menu.size() > 4 ? menu.size() - 2 : menu.size();
		for (int i = 0; i < menu.size(); i++) {
			Integer id = menu.get(i).id();
			if (i == 0) {
				main.add(box(Box.Kind.SECTION, Box.Area.MAIN, id, Box.Style.CARDS, 3, null));
			}
			else if (i < inMain) {
				main.add(box(Box.Kind.SECTION, Box.Area.MAIN, id, i % 2 == 1 ? Box.Style.PHOTO_LIST : Box.Style.LIST,
						i % 2 == 1 ? 3 : 5, null));
			}
			else {
				side.add(box(Box.Kind.SECTION, Box.Area.SIDE, id, Box.Style.LIST, 5, null));
			}
		}
		side.add(box(Box.Kind.BANNER, Box.Area.SIDE, null, Box.Style.LIST, 1, "right-middle"));
		List<Box> phone = new ArrayList<>(List.of(main.get(0), main.get(1), side.get(0)));
		main.stream().skip(2).forEach(phone::add);
		side.stream().skip(1).forEach(phone::add);
		List<Box> boxes = new ArrayList<>();
		main.forEach(box -> boxes.add(box.withPhoneOrder(phone.indexOf(box) + 1)));
		side.forEach(box -> boxes.add(box.withPhoneOrder(phone.indexOf(box) + 1)));
		return List.copyOf(boxes);
	}

	private static Box box(Box.Kind kind, Box.Area area, Integer section, Box.Style style, int size, String slot) {
		return new Box(kind, area, section, style, size, slot, 0);
	}

}
