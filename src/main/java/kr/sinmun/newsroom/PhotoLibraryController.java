package kr.sinmun.newsroom;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.media.Crop;
import kr.sinmun.media.InvalidPhotoEditException;
import kr.sinmun.media.LibraryPhoto;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.PhotoDetails;
import kr.sinmun.media.PhotoEdit;
import kr.sinmun.media.PhotoEditConflictException;
import kr.sinmun.media.PhotoPage;
import kr.sinmun.media.PhotoQuery;
import kr.sinmun.platform.KoreanDates;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 사진 보관함: every photo uploaded for articles, searchable by caption and credit, uploader and date, for everyone
 * in the newsroom to reuse. The uploader changes their own photos' words, crop and focal point; the desk and
 * administrators change any (the media module's rule, {@link LibraryPhoto#mayBeEditedBy}).
 */
@Controller
class PhotoLibraryController {

	static final int PAGE_SIZE = 24;

	/** The editor's picker shows fewer at a time: it sits in a dialog. */
	static final int PICKER_SIZE = 12;

	private final MediaLibrary media;

	private final NewsroomPages pages;

	private final AuditLog audit;

	PhotoLibraryController(MediaLibrary media, NewsroomPages pages, AuditLog audit) {
		this.media = media;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/newsroom/photos")
	String library(Staff staff, CsrfToken csrf, @RequestParam(required = false) String q,
			@RequestParam(required = false) String reporter, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			HttpServletResponse response, Model model) {
		PhotoModels.Search search = new PhotoModels.Search(q == null ? "" : q, reporter == null ? "" : reporter,
				from == null ? "" : from, to == null ? "" : to);
		Map<String, String> errors = new LinkedHashMap<>();
		PhotoQuery query = query(search, page, PAGE_SIZE, errors);
		PhotoPage found = errors.isEmpty() ? media.photos(query) : new PhotoPage(List.of(), 0, 1, PAGE_SIZE);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		Long selected = query == null ? null : query.uploaderId();
		// CASE: a date box cannot hold what is not a date (the browser would empty it); the message quotes it.
		PhotoModels.Search shown = new PhotoModels.Search(search.text(), search.reporter(), dateOrEmpty(search.from()),
				dateOrEmpty(search.to()));
		model.addAttribute("page", new PhotoModels.LibraryPage(pages.chrome(staff, csrf, "photos"), shown,
				pages.reporterOptions(selected), tiles(staff, found), found.total(), found.page(), found.pages(),
				PAGE_SIZE, errors, null));
		return "newsroom/photos";
	}

	/** The editor's picker: the same search, as JSON. */
	@GetMapping(path = "/newsroom/photos/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> search(Staff staff, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page) {
		Map<String, String> errors = new LinkedHashMap<>();
		PhotoQuery query = query(new PhotoModels.Search(q == null ? "" : q, "", "", ""), page, PICKER_SIZE, errors);
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("message", String.join(" ", errors.values())));
		}
		PhotoPage found = media.photos(query);
		List<Map<String, Object>> photos = new java.util.ArrayList<>();
		List<PhotoModels.Tile> tiles = tiles(staff, found);
		for (int i = 0; i < tiles.size(); i++) {
			LibraryPhoto photo = found.photos().get(i);
			PhotoModels.Tile tile = tiles.get(i);
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", photo.id());
			json.put("thumb", tile.thumb());
			json.put("thumbWidth", tile.thumbWidth());
			json.put("thumbHeight", tile.thumbHeight());
			json.put("src", photo.src());
			json.put("width", photo.srcWidth());
			json.put("height", photo.srcHeight());
			json.put("caption", photo.details().caption());
			json.put("credit", photo.details().credit());
			json.put("alt", photo.details().altText());
			json.put("uploader", tile.uploader());
			json.put("date", tile.date());
			photos.add(json);
		}
		return ResponseEntity.ok(Map.of("total", found.total(), "page", found.page(), "pages", found.pages(), "photos",
				photos));
	}

	@GetMapping("/newsroom/photos/{id}")
	String photo(Staff staff, CsrfToken csrf, @PathVariable String id, @RequestParam(required = false) String saved,
			Model model) {
		LibraryPhoto photo = find(id);
		model.addAttribute("page", page(staff, csrf, photo, form(photo), Map.of(),
				saved != null ? "사진 정보를 저장했습니다." + (photo.edition() > 0 ? " 바뀐 자르기는 이제부터 넣는 기사에 쓰입니다." : "") : null));
		return "newsroom/photo";
	}

	@PostMapping("/newsroom/photos/{id}")
	String edit(Staff staff, CsrfToken csrf, @PathVariable String id, @ModelAttribute PhotoModels.EditForm form,
			HttpServletResponse response, Model model) {
		LibraryPhoto photo = find(id);
		if (!photo.mayBeEditedBy(staff.id(), staff.isDesk())) {
			throw new AccessDeniedException("다른 기자가 올린 사진의 캡션과 자르기는 올린 기자와 데스크만 고칠 수 있습니다.");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Crop crop = crop(form, errors);
		double focalX = percent(form.focalX(), "focal", errors);
		double focalY = percent(form.focalY(), "focal", errors);
		if (form.edition() != null && !form.edition().strip().equals(String.valueOf(photo.edition()))) {
			errors.put("edition", new PhotoEditConflictException().getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		if (errors.isEmpty()) {
			try {
				LibraryPhoto saved = media.edit(photo.id(), new PhotoEdit(
						new PhotoDetails(form.caption(), form.credit(), form.altText()), crop, focalX, focalY));
				audit.record(Door.NEWSROOM, staff.id(), "사진 정보 수정", "사진 " + saved.id()
						+ (saved.edition() != photo.edition() ? " (자르기·초점 " + saved.edition() + "판)" : ""), null);
				return "redirect:/newsroom/photos/" + saved.id() + "?saved";
			}
			catch (InvalidPhotoEditException ex) {
				errors.putAll(ex.problems());
			}
			catch (PhotoEditConflictException ex) {
				errors.put("edition", ex.getMessage());
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		if (response.getStatus() < 400) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("page", page(staff, csrf, photo, form, errors, null));
		return "newsroom/photo";
	}

	// A hand-typed id that is not a number, or no photo of the library, is a 404 with the library's words.
	private LibraryPhoto find(String id) {
		long number;
		try {
			number = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "사진 보관함에 그런 사진이 없습니다.");
		}
		return media.photo(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "사진 보관함에 그런 사진이 없습니다."));
	}

	private PhotoQuery query(PhotoModels.Search search, String page, int size, Map<String, String> errors) {
		if (search.text().length() > 200) {
			errors.put("q", "찾을 말은 200자까지 쓸 수 있습니다.");
		}
		Long uploader = null;
		if (!search.reporter().isBlank()) {
			try {
				uploader = Long.parseLong(search.reporter().strip());
			}
			catch (NumberFormatException ex) {
				errors.put("reporter", "기자는 목록에서 고르십시오.");
			}
		}
		LocalDate from = date(search.from(), "from", "시작 날짜", errors);
		LocalDate to = date(search.to(), "to", "끝 날짜", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.put("to", "끝 날짜가 시작 날짜보다 앞섭니다.");
		}
		int number = 1;
		if (page != null && !page.isBlank()) {
			try {
				number = Integer.parseInt(page.strip());
				if (number < 1 || number > 10_000) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				errors.put("page", "쪽 번호는 1부터 10000 사이의 숫자여야 합니다.");
			}
		}
		return errors.isEmpty() ? new PhotoQuery(search.text(), uploader, from, to, number, size) : null;
	}

	private static String dateOrEmpty(String value) {
		return date(value, "date", "", new LinkedHashMap<>()) == null ? "" : value.strip();
	}

	private static LocalDate date(String value, String field, String label, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, label + "를 알아볼 수 없습니다(‘" + value.strip() + "’). 2026-12-05처럼 쓰십시오.");
			return null;
		}
	}

	private List<PhotoModels.Tile> tiles(Staff staff, PhotoPage found) {
		Map<Long, String> names = pages.namesOf(found.photos().stream().map(LibraryPhoto::uploaderId).toList());
		return found.photos()
			.stream()
			.map(photo -> new PhotoModels.Tile(photo.id(), photo.thumbnail().jpeg(), photo.thumbnail().webp(),
					photo.thumbnail().width(), photo.thumbnail().height(), photo.details().caption(),
					photo.details().credit(), photo.details().altText(),
					photo.uploaderId() == null ? "-" : names.getOrDefault(photo.uploaderId(), "-"),
					KoreanDates.stamp(photo.uploadedAt()), photo.mayBeEditedBy(staff.id(), staff.isDesk())))
			.toList();
	}

	private static PhotoModels.EditForm form(LibraryPhoto photo) {
		Crop frame = photo.frame();
		return new PhotoModels.EditForm(photo.details().caption(), photo.details().credit(), photo.details().altText(),
				String.valueOf(frame.x()), String.valueOf(frame.y()), String.valueOf(frame.width()),
				String.valueOf(frame.height()), percent(photo.focalX()), percent(photo.focalY()),
				String.valueOf(photo.edition()));
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f", share * 100).replaceAll("\\.0$", "");
	}

	private PhotoModels.PhotoPage page(Staff staff, CsrfToken csrf, LibraryPhoto photo, PhotoModels.EditForm form,
			Map<String, String> errors, String notice) {
		String uploader = photo.uploaderId() == null ? "-" : pages.nameOf(photo.uploaderId());
		return new PhotoModels.PhotoPage(pages.chrome(staff, csrf, "photos"), photo.id(), photo.url(), photo.width(),
				photo.height(), photo.src(), photo.srcWidth(), photo.srcHeight(),
				photo.card() == null ? null : photo.card().jpeg(), photo.card() == null ? 0 : photo.card().width(),
				photo.card() == null ? 0 : photo.card().height(), photo.croppable(), uploader,
				KoreanDates.stamp(photo.uploadedAt()), photo.mayBeEditedBy(staff.id(), staff.isDesk()), form, errors,
				notice);
	}

	// All four empty or the whole picture: no crop. Anything else must be four whole numbers.
	private static Crop crop(PhotoModels.EditForm form, Map<String, String> errors) {
		String[] values = { form.cropX(), form.cropY(), form.cropWidth(), form.cropHeight() };
		if (java.util.Arrays.stream(values).allMatch(value -> value == null || value.isBlank())) {
			return null;
		}
		int[] numbers = new int[4];
		for (int i = 0; i < 4; i++) {
			try {
				numbers[i] = Integer.parseInt(values[i] == null ? "" : values[i].strip());
			}
			catch (NumberFormatException ex) {
				errors.put("crop", "자를 영역은 네 칸 모두 픽셀 수(정수)로 쓰십시오.");
				return null;
			}
		}
		return new Crop(numbers[0], numbers[1], numbers[2], numbers[3]);
	}

	private static double percent(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return 0.5;
		}
		try {
			double percent = Double.parseDouble(value.strip());
			if (!(percent >= 0 && percent <= 100)) {
				throw new NumberFormatException();
			}
			return percent / 100;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "초점은 0에서 100 사이의 숫자(%)로 쓰십시오.");
			return 0.5;
		}
	}

}
