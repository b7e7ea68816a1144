package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.portal.Delivery;
import kr.sinmun.portal.PortalFeed;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Delivery to the portals at a glance: failures and waiting articles first, for the desk. */
@Controller
class PortalController {

	private final PortalFeed portals;

	private final Articles articles;

	private final NewsroomPages pages;

	PortalController(PortalFeed portals, Articles articles, NewsroomPages pages) {
		this.portals = portals;
		this.articles = articles;
		this.pages = pages;
	}

	@GetMapping("/newsroom/portal")
	String show(Staff staff, CsrfToken csrf, Model model) {
		Permissions.requireDesk(staff);
		List<Delivery> recent = portals.recent(200);
		Map<Long, String> headlines = recent.stream()
			.map(Delivery::articleId)
			.distinct()
			.collect(Collectors.toMap(id -> id,
					id -> articles.find(id).map(ArticleDetail::headline).orElse("(지워진 기사 " + id + ")")));
		model.addAttribute("page", new Views.PortalPage(pages.chrome(staff, csrf, "portal"), portals.enabled(),
				recent.stream()
					.map(delivery -> new Views.DeliveryRow(delivery.articleId(), headlines.get(delivery.articleId()),
							delivery.action().equals("DELETE") ? "삭제" : "송고·수정", delivery.label(),
							String.valueOf(delivery.attempts()),
							delivery.status().equals("PENDING") ? KoreanDates.stamp(delivery.nextAttemptAt()) : "-",
							delivery.lastError() == null ? "" : delivery.lastError(),
							delivery.sentAt() == null ? "-" : KoreanDates.stamp(delivery.sentAt())))
					.toList()));
		return "newsroom/portal";
	}

}
