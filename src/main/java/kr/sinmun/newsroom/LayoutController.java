package kr.sinmun.newsroom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.ads.AdSlot;
import kr.sinmun.ads.Banners;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.frontpage.Box;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.LayoutChange;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 홈 편집: the desk composes the home page from boxes in two columns, orders them (buttons, or drag and drop
 * that sends the same order), sets each box's style and length and its place on phones. Each change is one
 * form post, stored at once, recorded in 배열 기록 and the audit log, and shown in the previews at 360 and 1280 px.
 */
@Controller
class LayoutController {

	// Boxes a page has at most once: their headings and the reader's expectations are one of each.
	private static final Set<Box.Kind> ONCE = Set.of(Box.Kind.TOP, Box.Kind.LEADS, Box.Kind.LATEST, Box.Kind.MOST_READ,
			Box.Kind.PHOTO, Box.Kind.VIDEO);

	private final FrontPage frontPage;

	private final Sections sections;

	private final Banners banners;

	private final NewsroomPages pages;

	private final AuditLog audit;

	private final java.time.Clock clock;

	LayoutController(FrontPage frontPage, Sections sections, Banners banners, NewsroomPages pages, AuditLog audit,
			java.time.Clock clock) {
		this.frontPage = frontPage;
		this.sections = sections;
		this.banners = banners;
		this.pages = pages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/newsroom/frontpage/layout")
	String show(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		Permissions.requireDesk(staff);
		return page(staff, csrf, null, done == null ? null : "홈 구성을 바꿨습니다. 미리보기가 새 구성을 보여 줍니다.", model);
	}

	@PostMapping("/newsroom/frontpage/layout")
	String change(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) Integer index,
			@RequestParam(defaultValue = "") String style, @RequestParam(defaultValue = "") String size,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String section,
			@RequestParam(defaultValue = "") String slot, @RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "") String main, @RequestParam(defaultValue = "") String side, Model model,
			HttpServletResponse response) {
		Permissions.requireDesk(staff);
		List<Box> boxes = new ArrayList<>(frontPage.layout());
		if (version == null || version != boxes.hashCode()) {
			response.setStatus(409);
			return page(staff, csrf, "그사이 다른 사람이 홈 구성을 바꿨습니다. 지금 구성을 보고 다시 하십시오.", null, model);
		}
		if (action.equals("reset")) {
			frontPage.resetLayout(staff.id());
			audit.record(Door.NEWSROOM, staff.id(), "홈 구성 변경", "홈 편집", "기본 구성으로 되돌림");
			return "redirect:/newsroom/frontpage/layout?done";
		}
		String summary;
		try {
			summary = apply(boxes, action, index, style, size, kind, section, slot, area, main, side);
		}
		catch (BadChange ex) {
			response.setStatus(400);
			// The 더하기 form comes back as it was sent, so the desk corrects one choice instead of all four.
			return page(staff, csrf, ex.getMessage(), null,
					action.equals("add") ? new PageModels.AddChoice(kind, section, slot, area) : PageModels.AddChoice.NONE, model);
		}
		frontPage.arrange(boxes, staff.id(), summary);
		audit.record(Door.NEWSROOM, staff.id(), "홈 구성 변경", "홈 편집", summary);
		return "redirect:/newsroom/frontpage/layout?done";
	}

	// Changes boxes in place and says what changed, in words for 배열 기록.
	private String apply(List<Box> boxes, String action, Integer index, String style, String size, String kind,
			String section, String slot, String area, String main, String side) {
		if (action.equals("order")) {
			return reorder(boxes, main, side);
		}
		if (action.equals("add")) {
			return add(boxes, kind, section, slot, area);
		}
		if (index == null || index < 0 || index >= boxes.size()) {
			throw new BadChange("바꿀 박스를 고르십시오.");
		}
		Box box = boxes.get(index);
		String name = label(box);
		switch (action) {
			case "up", "down" -> {
				int step = action.equals("up") ? -1 : 1;
				int other = index + step;
				if (other < 0 || other >= boxes.size() || boxes.get(other).area() != box.area()) {
					throw new BadChange("'" + name + "' 박스는 " + box.area().label() + "의 " + (step < 0 ? "맨 위" : "맨 아래")
							+ "에 있습니다.");
				}
				boxes.set(index, boxes.get(other));
				boxes.set(other, box);
				return "'" + name + "' 박스를 " + box.area().label() + "에서 " + (step < 0 ? "위로" : "아래로") + " 옮김";
			}
			case "move" -> {
				Box.Area to = box.area() == Box.Area.MAIN ? Box.Area.SIDE : Box.Area.MAIN;
				boxes.remove((int) index);
				boxes.add(to == Box.Area.MAIN ? (int) boxes.stream().filter(b -> b.area() == Box.Area.MAIN).count() : boxes.size(),
						box.withArea(to));
				return "'" + name + "' 박스를 " + to.label() + " 맨 아래로 옮김";
			}
			case "phone-up", "phone-down" -> {
				int target = box.phoneOrder() + (action.equals("phone-up") ? -1 : 1);
				int swap = -1;
				for (int i = 0; i < boxes.size(); i++) {
					if (boxes.get(i).phoneOrder() == target) {
						swap = i;
					}
				}
				if (swap < 0) {
					throw new BadChange("'" + name + "' 박스는 휴대폰 화면의 " + (target < 1 ? "맨 위" : "맨 아래") + "에 있습니다.");
				}
				boxes.set(swap, boxes.get(swap).withPhoneOrder(box.phoneOrder()));
				boxes.set(index, box.withPhoneOrder(target));
				return "'" + name + "' 박스를 휴대폰 화면 " + target + "번째로 옮김";
			}
			case "edit" -> {
				if (!styled(box)) {
					// CASE: a forged form; the page offers 보기 and 기사 수 only for boxes that have them.
					throw new BadChange("'" + name + "' 박스는 보기 방식과 기사 수를 바꿀 수 없습니다.");
				}
				Box.Style chosen = Arrays.stream(Box.Style.values()).filter(s -> s.name().equals(style)).findFirst()
					.orElseThrow(() -> new BadChange("보기 방식을 고르십시오."));
				int count;
				try {
					count = Integer.parseInt(size.strip());
				}
				catch (NumberFormatException ex) {
					throw new BadChange("기사 수는 1에서 " + Box.MAX_SIZE + " 사이의 숫자로 쓰십시오. 입력한 값: " + size);
				}
				if (count < 1 || count > Box.MAX_SIZE) {
					throw new BadChange("기사 수는 1에서 " + Box.MAX_SIZE + " 사이의 숫자로 쓰십시오. 입력한 값: " + size);
				}
				boxes.set(index, box.with(chosen, count));
				return "'" + name + "' 박스를 " + chosen.label() + " " + count + "건으로 바꿈";
			}
			case "remove" -> {
				boxes.remove((int) index);
				return "'" + name + "' 박스를 뺌";
			}
			default -> throw new BadChange("할 일을 고르십시오.");
		}
	}

	// The order a drag and drop left: every box once, by index, per column.
	private String reorder(List<Box> boxes, String main, String side) {
		List<Box> reordered = BoxOrder.arrange(boxes, main, side)
			.orElseThrow(() -> new BadChange("박스 순서를 읽을 수 없습니다. 화면을 새로 고친 뒤 다시 하십시오."));
		boxes.clear();
		boxes.addAll(reordered);
		return "박스 순서를 끌어서 바꿈: 가운데 단 " + String.join(", ", reordered.stream().filter(b -> b.area() == Box.Area.MAIN).map(this::label).toList())
				+ " / 오른쪽 단 " + String.join(", ", reordered.stream().filter(b -> b.area() == Box.Area.SIDE).map(this::label).toList());
	}

	private String add(List<Box> boxes, String kind, String section, String slot, String area) {
		Box.Kind chosen = Arrays.stream(Box.Kind.values()).filter(k -> k.name().equals(kind)).findFirst()
			.orElseThrow(() -> new BadChange("더할 박스의 종류를 고르십시오."));
		if (ONCE.contains(chosen) && boxes.stream().anyMatch(box -> box.kind() == chosen)) {
			throw new BadChange("'" + chosen.label() + "' 박스는 이미 있습니다. 한 화면에 하나만 둘 수 있습니다.");
		}
		Integer sectionId = null;
		String bannerSlot = null;
		if (chosen == Box.Kind.SECTION) {
			// A sub-section may have a box of its own (부동산 alone); a parent's box shows its sub-sections' news
			// too, as its page does (see HomeViews).
			sectionId = sections.listed().stream().filter(s -> String.valueOf(s.id()).equals(section)).map(Section::id)
				.findFirst().orElseThrow(() -> new BadChange("섹션 박스에 넣을 섹션을 고르십시오."));
		}
		if (chosen == Box.Kind.OPINION) {
			sectionId = opinionSection(section);
			Integer wanted = sectionId;
			if (boxes.stream().anyMatch(box -> box.kind() == Box.Kind.OPINION && opinionSectionOf(box).equals(wanted))) {
				throw new BadChange("그 섹션의 '오피니언' 박스는 이미 있습니다. 다른 섹션을 고르십시오.");
			}
			// CASE: the paper's own opinion section is stored as null, so the box follows it if its id ever changes.
			if (sections.bySlug(Box.OPINION_SLUG).map(Section::id).filter(wanted::equals).isPresent()) {
				sectionId = null;
			}
		}
		if (chosen == Box.Kind.BANNER) {
			bannerSlot = homeSlots().stream().map(AdSlot::code).filter(slot::equals).findFirst()
				.orElseThrow(() -> new BadChange("배너 박스에 넣을 배너 자리를 고르십시오."));
		}
		Box.Area to = switch (area) {
			case "MAIN" -> Box.Area.MAIN;
			case "SIDE" -> Box.Area.SIDE;
			default -> throw new BadChange("박스를 둘 단을 고르십시오.");
		};
		Box.Style style = switch (chosen) {
			case TOP, PHOTO, VIDEO -> Box.Style.CARDS;
			default -> Box.Style.LIST;
		};
		int size = switch (chosen) {
			case MOST_READ -> 7;
			case OPINION -> 4;
			case VIDEO -> 3;
			default -> 5;
		};
		Box added = new Box(chosen, to, sectionId, style, size, bannerSlot, boxes.size() + 1);
		boxes.add(to == Box.Area.MAIN ? (int) boxes.stream().filter(b -> b.area() == Box.Area.MAIN).count() : boxes.size(), added);
		return "'" + label(added) + "' 박스를 " + to.label() + "에 더함";
	}

	// Boxes whose look (list, photo list, cards) and number of articles the desk chooses.
	private static boolean styled(Box box) {
		return box.kind() == Box.Kind.SECTION || box.kind() == Box.Kind.LEADS || box.kind() == Box.Kind.LATEST
				|| box.kind() == Box.Kind.PHOTO;
	}

	// The section an opinion box draws from: the one chosen, or else the paper's section whose slug is opinion.
	private Integer opinionSection(String section) {
		if (!section.isBlank()) {
			return sections.listed().stream().filter(s -> String.valueOf(s.id()).equals(section)).map(Section::id)
				.findFirst().orElseThrow(() -> new BadChange("오피니언 박스에 넣을 섹션을 메뉴에 있는 섹션에서 고르십시오."));
		}
		return sections.bySlug(Box.OPINION_SLUG).map(Section::id)
			.orElseThrow(() -> new BadChange("'오피니언' 섹션이 없습니다. 오피니언 박스에 넣을 섹션을 고르십시오."));
	}

	private Integer opinionSectionOf(Box box) {
		return box.sectionId() != null ? box.sectionId()
				: sections.bySlug(Box.OPINION_SLUG).map(Section::id).orElse(-1);
	}

	// A sub-section under its parent's name (경제 › 부동산), as the newsroom's other lists show it.
	private String sectionName(Section section) {
		return sections.parentOf(section).map(parent -> parent.name() + " › ").orElse("") + section.name();
	}

	private List<AdSlot> homeSlots() {
		return banners.slots().stream().filter(s -> !s.mobile() && s.pages().contains("home")).toList();
	}

	private String label(Box box) {
		return switch (box.kind()) {
			case SECTION -> sections.byId(box.sectionId()).map(this::sectionName).orElse("섹션") + " 섹션";
			case BANNER -> "배너 " + homeSlots().stream().filter(s -> s.code().equals(box.slot())).map(AdSlot::name)
				.findFirst().orElse(String.valueOf(box.slot()));
			// Words apart: a label is quoted in the audit log's narrow column, where a long run would break mid-word.
			case MOST_READ -> "HOT클릭 · 많이 본 뉴스";
			case OPINION -> box.sectionId() == null ? "오피니언"
					: "오피니언 · " + sections.byId(box.sectionId()).map(Section::name).orElse("섹션");
			default -> box.kind().label();
		};
	}

	private String page(Staff staff, CsrfToken csrf, String error, String notice, Model model) {
		return page(staff, csrf, error, notice, PageModels.AddChoice.NONE, model);
	}

	private String page(Staff staff, CsrfToken csrf, String error, String notice, PageModels.AddChoice typed,
			Model model) {
		List<Box> boxes = frontPage.layout();
		List<PageModels.LayoutBox> rows = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			Box box = boxes.get(i);
			boolean first = i == 0 || boxes.get(i - 1).area() != box.area();
			boolean last = i == boxes.size() - 1 || boxes.get(i + 1).area() != box.area();
			rows.add(new PageModels.LayoutBox(i, label(box), box.kind().name(), box.area().name(), box.style().name(),
					box.size(), box.phoneOrder(),
					styled(box), first, last, box.phoneOrder() == 1, box.phoneOrder() == boxes.size()));
		}
		List<PageModels.LayoutBox> phone = new ArrayList<>(rows);
		phone.sort(java.util.Comparator.comparingInt(PageModels.LayoutBox::phoneOrder));
		LocalDate today = LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL);
		List<LayoutChange> changes = frontPage.layoutHistory(today.minusDays(6).atStartOfDay(KoreanDates.SEOUL).toInstant(),
				today.plusDays(1).atStartOfDay(KoreanDates.SEOUL).toInstant());
		Map<Long, String> names = pages.namesOf(changes.stream().map(LayoutChange::changedBy).toList());
		model.addAttribute("page", new PageModels.LayoutPage(pages.chrome(staff, csrf, "composer"), boxes.hashCode(),
				frontPage.isDefaultLayout(), rows.stream().filter(r -> r.area().equals("MAIN")).toList(),
				rows.stream().filter(r -> r.area().equals("SIDE")).toList(), phone,
				Arrays.stream(Box.Kind.values()).map(k -> new PageModels.Option(k.name(), k == Box.Kind.MOST_READ ? "많이 본 뉴스(HOT클릭)" : k.label(), k.name().equals(typed.kind()))).toList(),
				Stream.concat(Stream.of(new PageModels.Option("", "고르지 않음(오피니언 박스는 '오피니언' 섹션)", false)),
						sections.listed().stream().map(s -> new PageModels.Option(String.valueOf(s.id()), sectionName(s), String.valueOf(s.id()).equals(typed.section())))).toList(),
				homeSlots().stream().map(s -> new PageModels.Option(s.code(), s.name(), s.code().equals(typed.slot()))).toList(),
				List.of(new PageModels.Option("MAIN", "가운데 단", !"SIDE".equals(typed.area())),
						new PageModels.Option("SIDE", "오른쪽 단", "SIDE".equals(typed.area()))),
				Arrays.stream(Box.Style.values()).map(s -> new PageModels.Option(s.name(), s.label(), false)).toList(),
				newestFirst(changes).stream().map(change -> new PageModels.LayoutChangeRow(KoreanDates.stamp(change.at()),
						names.getOrDefault(change.changedBy(), "-"), change.summary())).toList(),
				error, notice));
		return "newsroom/composer";
	}

	private static List<LayoutChange> newestFirst(List<LayoutChange> changes) {
		List<LayoutChange> reversed = new ArrayList<>(changes);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	/** A change that cannot be made as asked; its message says why, in Korean. */
	private static final class BadChange extends RuntimeException {

		BadChange(String message) {
			super(message);
		}

	}

}
