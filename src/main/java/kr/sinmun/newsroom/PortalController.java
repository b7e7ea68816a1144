package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.Articles;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.portal.Delivery;
import kr.sinmun.portal.PortalFeed;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** Delivery to the portals at a glance, failures and waiting articles first, and sending one again: for the desk. */
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
		model.addAttribute("page", new PageModels.PortalPage(pages.chrome(staff, csrf, "portal"), portals.enabled(),
				recent.stream()
					.map(delivery -> new PageModels.DeliveryRow(delivery.articleId(), headlines.get(delivery.articleId()),
							delivery.action().equals("DELETE") ? "삭제" : "송고·수정", delivery.label(),
							String.valueOf(delivery.attempts()),
							delivery.status().equals("PENDING") ? KoreanDates.stamp(delivery.nextAttemptAt()) : "-",
							delivery.lastError() == null ? "" : delivery.lastError(),
							delivery.sentAt() == null ? "-" : KoreanDates.stamp(delivery.sentAt())))
					.toList()));
		return "newsroom/portal";
	}

	/** The desk's 다시 보내기: the article's current state goes to the portals again, now. */
	@PostMapping("/newsroom/articles/{id}/portal")
	String resend(Staff staff, @PathVariable long id) {
		ArticleDetail article = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		Permissions.requireDesk(staff);
		if (article.demo()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"데모 기사는 포털로 보내지 않습니다. 데모 콘텐츠는 이 설치 밖으로 나가지 않습니다.");
		}
		portals.resend(id);
		return "redirect:/newsroom/articles/" + id + "?done=" + UriUtils
			.encodeQueryParam("포털 재전송", "UTF-8");
	}

}
