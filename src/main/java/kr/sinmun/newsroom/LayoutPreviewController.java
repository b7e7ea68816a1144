package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.frontpage.Box;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.HomePreview;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 홈 편집's 미리보기: the home page as readers would see it from what the composer shows now — its boxes in the
 * order on screen, with the 보기 and 기사 수 typed but not yet applied — drawn by the reader site's own template
 * ({@link HomePreview}). Nothing is stored, cached or recorded; the readers' home page and its cache are untouched.
 */
@Controller
class LayoutPreviewController {

	private final FrontPage frontPage;

	private final HomePreview home;

	private final NewsroomPages pages;

	LayoutPreviewController(FrontPage frontPage, HomePreview home, NewsroomPages pages) {
		this.frontPage = frontPage;
		this.home = home;
		this.pages = pages;
	}

	/**
	 * {@code main} and {@code side}: the composer's box numbers in each column, top to bottom, every box once;
	 * {@code style} and {@code size}: one entry per box number, comma-separated, an empty entry keeping the stored
	 * value. {@code version} is the composition the composer was opened on.
	 */
	@PostMapping("/newsroom/frontpage/layout/preview")
	String preview(Staff staff, CsrfToken csrf, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "") String main, @RequestParam(defaultValue = "") String side,
			@RequestParam(defaultValue = "") String style, @RequestParam(defaultValue = "") String size, Model model,
			HttpServletResponse response) {
		Permissions.requireDesk(staff);
		// Never kept by a browser or a proxy, never indexed: a composition that may never be stored.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		List<Box> stored = frontPage.layout();
		String error;
		if (version == null || version != stored.hashCode()) {
			response.setStatus(409);
			error = "그사이 다른 사람이 홈 구성을 바꿨습니다. 홈 편집 화면을 새로 고친 뒤 다시 미리 보십시오.";
		}
		else {
			try {
				List<Box> unsaved = unsaved(stored, main, side, style, size);
				model.addAttribute("page", new PageModels.HomePreviewPage(pages.chrome(staff, csrf, "composer"),
						home.page(unsaved), null));
				return "newsroom/homepreview";
			}
			catch (BadPreview ex) {
				response.setStatus(400);
				error = ex.getMessage();
			}
		}
		model.addAttribute("page", new PageModels.HomePreviewPage(pages.chrome(staff, csrf, "composer"), "", error));
		return "newsroom/homepreview";
	}

	// The stored boxes, ordered and styled as the composer shows them; each keeps its phone order.
	private static List<Box> unsaved(List<Box> stored, String main, String side, String style, String size) {
		List<String> styles = entries(style, stored.size());
		List<String> sizes = entries(size, stored.size());
		List<Box> edited = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			Box box = stored.get(i);
			String styleName = styles.get(i);
			Box.Style chosen = styleName.isEmpty() ? box.style()
					: Arrays.stream(Box.Style.values()).filter(s -> s.name().equals(styleName)).findFirst()
						.orElseThrow(() -> new BadPreview("보기 방식을 목록에서 고르십시오. 입력한 값: " + styleName));
			int count = sizes.get(i).isEmpty() ? box.size() : count(sizes.get(i));
			edited.add(box.with(chosen, count));
		}
		// The same rule as a drag and drop's order (LayoutController): every box once, by number.
		return BoxOrder.arrange(edited, main, side)
			.orElseThrow(() -> new BadPreview("박스 순서를 읽을 수 없습니다. 홈 편집 화면을 새로 고친 뒤 다시 미리 보십시오."));
	}

	private static int count(String typed) {
		try {
			int count = Integer.parseInt(typed);
			if (count >= 1 && count <= Box.MAX_SIZE) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// Said below, with what was typed.
		}
		throw new BadPreview("기사 수는 1에서 " + Box.MAX_SIZE + " 사이의 숫자로 쓰십시오. 입력한 값: " + typed);
	}

	// One entry per box, or none at all (every box as stored).
	private static List<String> entries(String list, int boxes) {
		if (list.isBlank()) {
			return Collections.nCopies(boxes, "");
		}
		List<String> entries = Arrays.stream(list.split(",", -1)).map(String::strip).toList();
		if (entries.size() != boxes) {
			throw new BadPreview("박스의 보기와 기사 수를 읽을 수 없습니다. 홈 편집 화면을 새로 고친 뒤 다시 미리 보십시오.");
		}
		return entries;
	}

	/** A composer state that cannot be drawn; its message says why, in Korean. */
	private static final class BadPreview extends RuntimeException {

		BadPreview(String message) {
			super(message);
		}

	}

}
