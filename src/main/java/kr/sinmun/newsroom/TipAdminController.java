package kr.sinmun.newsroom;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.tipoff.Tip;
import kr.sinmun.tipoff.TipFile;
import kr.sinmun.tipoff.TipNotFoundException;
import kr.sinmun.tipoff.TipStatus;
import kr.sinmun.tipoff.Tips;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 기사제보 for the desk: readers' tips, newest first, each moved through 접수, 검토중, 기사화 and 종료. Only desk
 * editors and administrators see them; the attached photos are served here, to them, and nowhere else.
 */
@Controller
class TipAdminController {

	private static final int LIMIT = 200;

	private final Tips tips;

	private final NewsroomPages pages;

	private final AuditLog audit;

	TipAdminController(Tips tips, NewsroomPages pages, AuditLog audit) {
		this.tips = tips;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/newsroom/tips")
	String list(Staff staff, CsrfToken csrf, @RequestParam(required = false) String status, Model model) {
		Permissions.requireDesk(staff);
		Optional<TipStatus> wanted = Arrays.stream(TipStatus.values()).filter(s -> s.name().equals(status)).findFirst();
		List<PageModels.TipRow> rows = tips.list(wanted, LIMIT)
			.stream()
			.map(tip -> new PageModels.TipRow(tip.id(), KoreanDates.stamp(tip.receivedAt()), tip.status().label(),
					tip.contact(), excerpt(tip.body()), tip.attachments().size()))
			.toList();
		model.addAttribute("page", new PageModels.TipsPage(pages.chrome(staff, csrf, "tips"), options(wanted.orElse(null)),
				rows, null));
		return "newsroom/tips";
	}

	@GetMapping("/newsroom/tips/{id:\\d{1,18}}")
	String show(Staff staff, CsrfToken csrf, @PathVariable long id, @RequestParam(required = false) String done,
			Model model) {
		Permissions.requireDesk(staff);
		Tip tip = found(id);
		List<PageModels.TipFileRow> files = tip.attachments()
			.stream()
			.map(file -> new PageModels.TipFileRow("/newsroom/tips/" + id + "/files/" + file.id(), file.fileName(),
					file.contentType(), size(file.bytes()), file.width() + "×" + file.height()))
			.toList();
		model.addAttribute("page", new PageModels.TipPage(pages.chrome(staff, csrf, "tips"), id,
				KoreanDates.stamp(tip.receivedAt()), tip.status().label(), tip.name() == null ? "" : tip.name(),
				tip.contact(), tip.body(), files, options(tip.status()), done == null ? null : "상태를 바꿨습니다."));
		return "newsroom/tip";
	}

	@PostMapping("/newsroom/tips/{id:\\d{1,18}}/status")
	String status(Staff staff, @PathVariable long id, @RequestParam(defaultValue = "") String status) {
		Permissions.requireDesk(staff);
		TipStatus to = Arrays.stream(TipStatus.values())
			.filter(s -> s.name().equals(status))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "알 수 없는 상태입니다."));
		try {
			tips.setStatus(id, to, staff.id());
		}
		catch (TipNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		audit.record(Door.NEWSROOM, staff.id(), "기사제보 상태 변경", "제보 " + id + "번", to.label());
		return "redirect:/newsroom/tips/" + id + "?done";
	}

	/**
	 * An attached photo, as a download: never shown inline under the newsroom's origin, never stored by a cache,
	 * its type the one checked from its bytes, its name sent only as the download's suggested name.
	 */
	@GetMapping("/newsroom/tips/{id:\\d{1,18}}/files/{fileId:\\d{1,18}}")
	ResponseEntity<byte[]> file(Staff staff, @PathVariable long id, @PathVariable long fileId) {
		Permissions.requireDesk(staff);
		TipFile file;
		try {
			file = tips.file(id, fileId);
		}
		catch (TipNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private Tip found(long id) {
		try {
			return tips.tip(id);
		}
		catch (TipNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
	}

	private static List<PageModels.Option> options(TipStatus selected) {
		return Arrays.stream(TipStatus.values())
			.map(s -> new PageModels.Option(s.name(), s.label(), s == selected))
			.toList();
	}

	private static String excerpt(String body) {
		String line = body.replaceAll("\\s+", " ").strip();
		return line.codePointCount(0, line.length()) > 60 ? line.substring(0, line.offsetByCodePoints(0, 60)) + "…" : line;
	}

	private static String size(int bytes) {
		return bytes >= 1024 * 1024 ? String.format("%.1fMB", bytes / 1048576.0) : Math.max(1, bytes / 1024) + "KB";
	}

}
