package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;
import kr.sinmun.ads.DayCount;

import org.springframework.web.util.HtmlUtils;


/**
 * The newsroom's page models: the records each newsroom template is given, already in Korean and already
 * formatted. (The reader site builds its own in {@code site}.)
 */
public final class PageModels {

	private PageModels() {
	}

	/** The frame of every newsroom page: who is logged in, the CSRF token for its forms, and the open tab. */
	public record Chrome(String siteName, String staffName, String roleLabel, boolean desk, boolean admin,
			String csrfParameter, String csrfHeader, String csrfToken, String active) {

		public boolean isActive(String tab) {
			return tab.equals(active);
		}

	}

	public record Option(String value, String label, boolean selected) {
	}

	/** An article in a list; {@code returned} marks one the desk sent back (반려) that was not sent again. */
	public record Row(long id, String headline, String section, String reporter, String state, String time,
			Long views, boolean returned) {

		public String url() {
			return "/newsroom/articles/" + id;
		}

	}

	public record LoginPage(String siteName, String username, String error, String notice, String csrfParameter,
			String csrfToken) {
	}

	/** The desk's front page: the queues the desk works from, then the user's own drafts and today's news. */
	public record DeskPage(Chrome chrome, List<Row> submitted, List<Row> scheduled, List<Row> embargoed,
			List<Row> held, List<Row> mine, List<Row> today, String notice) {
	}

	/**
	 * A reporter's home (내 기사): what waits for them first (sent back, or a note they have not read, counted in
	 * {@code waitingCount}), then their drafts, what they sent, and what they published lately.
	 */
	public record ReporterHome(Chrome chrome, long waitingCount, List<Row> waiting, List<Row> drafts, List<Row> sent,
			List<Row> published, String notice) {
	}

	public record ListPage(Chrome chrome, List<Row> rows, long total, String text, List<Option> statuses,
			List<Option> sections, List<Option> reporters, String from, String to, int page, int pageCount,
			String query, int pageSize) {

		/** "찾은 기사 40건 중 1~30번째": how many were found and which of them this page shows. */
		public String summary() {
			int first = (page - 1) * pageSize + 1;
			int last = first + rows.size() - 1;
			return "찾은 기사 " + total + "건" + (total > rows.size() ? " 중 " + first + "~" + last + "번째" : "");
		}

		public String pageUrl(int number) {
			return "/newsroom/articles?" + query + (query.isEmpty() ? "" : "&") + "page=" + number;
		}

	}

	/** A workflow button of the editor; {@code primary} for the one action this person most likely came to take. */
	public record ActionButton(String name, String label, boolean timed, boolean primary) {
	}

	public record HistoryLine(String time, String who, String what) {
	}

	/** One note of the thread between the desk and the reporter; {@code desk} when a 데스크 or 관리자 wrote it. */
	public record NoteLine(String time, String who, boolean desk, String text) {
	}

	/**
	 * The editor's note thread: the notes, what was typed in the note box (kept when it was refused), whether
	 * this person may write ({@code canWrite}) or send the article back with the note ({@code canReturn}), and
	 * whether it is marked 반려 now.
	 */
	public record Notes(List<NoteLine> lines, String draft, boolean canWrite, boolean canReturn, boolean returned) {

		public Notes withDraft(String typed) {
			return new Notes(lines, typed, canWrite, canReturn, returned);
		}

	}

	public record DiffBlock(String label, List<DiffSegment> segments) {

		public boolean changed() {
			return segments.stream().anyMatch(segment -> !segment.same());
		}

	}

	/**
	 * Someone saved over the version this editor started from: what to tell the writer, what the other save
	 * changed, and the version that 내 글로 저장 saves over. The live box and the 409 page show the same words.
	 */
	public record Conflict(int currentVersion, String title, String message, List<DiffBlock> changes) {

		/** The one button that saves the writer's text over the other save, in both places. */
		public static final String OVERWRITE = "내 글로 저장";

	}

	/**
	 * The editor page, in the order the page shows it: which article ({@code id} is 0 before its first save) and
	 * its {@code state}, what the last save or action said ({@code notice}, a {@code conflict}), the desk's
	 * {@code notes}, the form's {@code fields}, the {@code actions} this person may take, the notices attached after
	 * publication ({@code corrections}), the {@code portal} deliveries, the {@code log} of what happened to it, and
	 * what the editor's {@code script} needs; then the 관련기사·속보 panel ({@code articleEnd}).
	 */
	public record EditorPage(Chrome chrome, long id, String state, String notice, Conflict conflict, Notes notes,
			Fields fields, Actions actions, Corrections corrections, Portal portal, Log log, Script script,
			ArticleEndPanel articleEnd) {

		/**
		 * The form: the text as stored or as typed ({@code form}), the problems by field, whether this person may
		 * change it, and the choices of section, byline (the desk's {@code chooseReporter}), co-reporters and 연재
		 * ({@code series}: none first, then the active series and the article's own if it has ended).
		 */
		public record Fields(ArticleForm form, Map<String, String> errors, boolean editable, List<Option> sections,
				boolean chooseReporter, List<Option> reporters, List<Option> coReporters, int headlineLimit,
				List<Option> series) {
		}

		/**
		 * The action bar's workflow buttons, whether the article may be deleted as a draft, and the time the
		 * 예약·엠바고 field offers first.
		 */
		public record Actions(List<ActionButton> buttons, boolean discardable, String defaultPublishAt) {

			/** Whether 저장 is the main button: when no workflow action (출고, 송고) is. */
			public boolean saveIsPrimary() {
				return buttons.stream().noneMatch(ActionButton::primary);
			}

			/** Whether any button needs a time (예약, 엠바고). */
			public boolean anyTimed() {
				return buttons.stream().anyMatch(ActionButton::timed);
			}

		}

		/** 정정·반론·추후보도: those attached, whether this person may attach one, and what was typed in its box. */
		public record Corrections(boolean canAdd, List<HistoryLine> lines, String draft) {
		}

		/** 포털 전송: the deliveries so far and whether the desk may send it again. */
		public record Portal(List<HistoryLine> deliveries, boolean canResend) {
		}

		/** 처리 기록: every state change, and the reader's address once readers can see it. */
		public record Log(List<HistoryLine> lines, String publicUrl) {
		}

		/** What the editor's script is given: its modules, its save interval and the fate of the browser's copy. */
		public record Script(String importMap, String stylesheet, int autosaveSeconds, LocalCopy localCopy) {
		}

		public EditorPage withCorrectionDraft(String draft) {
			return new EditorPage(chrome, id, state, notice, conflict, notes, fields, actions,
					new Corrections(corrections.canAdd(), corrections.lines(), draft), portal, log, script, articleEnd);
		}

		public EditorPage withNoteDraft(String draft) {
			return new EditorPage(chrome, id, state, notice, conflict, notes.withDraft(draft), fields, actions,
					corrections, portal, log, script, articleEnd);
		}

		/** The same page with the 관련기사·속보 panel as the desk left it in a refused form. */
		public EditorPage withArticleEnd(ArticleEndPanel panel) {
			return new EditorPage(chrome, id, state, notice, conflict, notes, fields, actions, corrections, portal, log,
					script, panel);
		}

		public ArticleForm form() {
			return fields.form();
		}

		public boolean editable() {
			return fields.editable();
		}

		public String error(String field) {
			return fields.errors().get(field);
		}

		public boolean hasError(String field) {
			return fields.errors().containsKey(field);
		}

		/** Not stored yet: 새 기사 쓰기 before its first save. */
		public boolean isNew() {
			return id == 0;
		}

		/** Where the form saves: the article, or the list for a new one (its first save creates it). */
		public String saveUrl() {
			return isNew() ? "/newsroom/articles" : "/newsroom/articles/" + id;
		}

		/** Where 미리보기 sends the fields: the article's own preview, which checks who may see it. */
		public String previewUrl() {
			return isNew() ? "/newsroom/articles/preview" : "/newsroom/articles/" + id + "/preview";
		}

		/** Whether this person may delete it as a draft (the article module's rule and state). */
		public boolean canDiscard() {
			return !isNew() && actions.discardable();
		}

	}

	/**
	 * What the editor's script should do with the browser's copy of the text. {@code confirmed}: the editor
	 * window whose text the server has just stored (its copy is dropped). {@code unsaved}: the form shows what
	 * was typed but not stored (a refused or conflicting save), so the copy is kept.
	 */
	public record LocalCopy(String confirmed, boolean unsaved) {

		static final LocalCopy NOTHING = new LocalCopy(null, false);

	}

	/**
	 * A key of the editor's 특수문자 palette: the punctuation a Korean desk uses that a keyboard does not have, with
	 * the name a screen reader says for its button.
	 */
	public record Symbol(String character, String name) {

		/** Quotes, the ellipsis and the two middle dots, then the marks of lists, notes and flow. */
		public static final List<Symbol> NEWSROOM = List.of(new Symbol("‘", "여는 작은따옴표"),
				new Symbol("’", "닫는 작은따옴표"), new Symbol("“", "여는 큰따옴표"), new Symbol("”", "닫는 큰따옴표"),
				new Symbol("…", "말줄임표"), new Symbol("·", "가운뎃점"), new Symbol("ㆍ", "가운뎃점 (아래아)"),
				new Symbol("▲", "검은 세모"), new Symbol("△", "흰 세모"), new Symbol("■", "검은 네모"),
				new Symbol("※", "참고표"), new Symbol("→", "오른쪽 화살표"));

	}

	/**
	 * 미리보기: {@code readerPage}, the reader site's whole article page for the unsaved text, shown in a frame at a
	 * phone's and a desktop's width; or, when the text could not be shown, the {@code errors} by field.
	 */
	public record PreviewPage(Chrome chrome, long id, String headline, String readerPage, Map<String, String> errors) {

		/**
		 * The reader's page as the frame's {@code srcdoc}, escaped for a quoted attribute. The template writes it
		 * with {@code $unsafe} because jte's attribute output leaves {@code srcdoc} empty by design.
		 */
		public String srcdoc() {
			return HtmlUtils.htmlEscape(readerPage, "UTF-8");
		}

		/** The frame's name for screen readers. */
		public String frameTitle() {
			return "독자 화면 미리보기: " + (headline.isBlank() ? "(제목 없음)" : headline);
		}

	}

	/**
	 * 홈 편집's 미리보기: {@code readerPage}, the reader site's whole home page drawn from the composer's unsaved
	 * state, shown in a frame at a phone's and a desktop's width; or {@code error} when it could not be drawn.
	 */
	public record HomePreviewPage(Chrome chrome, String readerPage, String error) {

		/** The reader's page as the frame's {@code srcdoc}, escaped as {@link PreviewPage#srcdoc()} is. */
		public String srcdoc() {
			return HtmlUtils.htmlEscape(readerPage, "UTF-8");
		}

	}

	public record RevisionRow(int version, String savedBy, String savedAt, int length, boolean current) {
	}

	public record RevisionsPage(Chrome chrome, long id, String headline, List<RevisionRow> revisions) {
	}

	public record RevisionPage(Chrome chrome, long id, int version, int currentVersion, String savedBy,
			String savedAt, List<DiffBlock> changes, boolean canRestore) {
	}

	/**
	 * 내 계정: the section new articles start in ({@code sections}, the chosen one selected; {@code sectionHint}
	 * says where they start without a choice), the password form, and one's portrait ({@code photoUrl}, null when none).
	 */
	public record AccountPage(Chrome chrome, Map<String, String> errors, String notice, List<Option> sections,
			String sectionHint, String photoUrl) {
	}

	public record UserRow(long id, String username, String name, String email, String role, boolean enabled,
			boolean locked) {
	}

	public record UsersPage(Chrome chrome, List<UserRow> users, String notice) {
	}

	public record UserForm(String username, String displayName, String email, String role, String bio,
			String enabled, String password) {
	}

	public record UserPage(Chrome chrome, Long id, UserForm form, Map<String, String> errors, List<Option> roles,
			String notice) {

		public String error(String field) {
			return errors.get(field);
		}

	}

	public record ErrorPage(String siteName, int status, String title, String message) {
	}

	public record WeatherPage(Chrome chrome, boolean configured, String howToGetAKey, String source,
			String lastSuccess, String observedAt, String lastErrorAt, String lastErrorCode, String lastError,
			List<String> reports, String stations, String error, String notice) {
	}

	/** A deleted draft on the restore screen: who wrote and who deleted it, when, and until when it can come back. */
	public record DraftRow(long id, String headline, String reporter, String deletedBy, String deletedAt,
			String restorableUntil) {
	}

	public record DraftsPage(Chrome chrome, List<DraftRow> drafts, String notice) {
	}

	public record AuditRow(String at, String actor, String door, String action, String target, String detail) {
	}

	public record AuditPage(Chrome chrome, List<AuditRow> rows) {
	}

	/**
	 * 홈 편집: the composition's boxes by column and in phone order, what may be added, and the record of changes.
	 * {@code version} guards against two editors changing the same composition at once.
	 */
	public record LayoutPage(Chrome chrome, int version, boolean isDefault, List<LayoutBox> main, List<LayoutBox> side,
			List<LayoutBox> phone, List<Option> kinds, List<Option> sections, List<Option> bannerSlots,
			List<Option> areas, List<Option> styles, List<LayoutChangeRow> history, String error, String notice) {
	}

	/** What the 더하기 form sent, chosen again when it is refused; values are matched, never shown. */
	public record AddChoice(String kind, String section, String slot, String area) {

		static final AddChoice NONE = new AddChoice("", "", "", "");

	}

	/** One box in 홈 편집; {@code index} names it in the forms (main column first). */
	public record LayoutBox(int index, String label, String kind, String area, String style, int size, int phoneOrder,
			boolean hasStyle, boolean first, boolean last, boolean phoneFirst, boolean phoneLast) {
	}

	public record LayoutChangeRow(String at, String by, String summary) {
	}

	public record SlotView(String name, String label, Long articleId, String headline, List<Option> candidates) {
	}

	public record PlacementRow(String slot, long articleId, String headline, String from, String until,
			String placedBy) {
	}

	public record FrontPagePage(Chrome chrome, List<SlotView> slots, List<PlacementRow> history, String from,
			String to, String error, String notice) {

		public String exportUrl() {
			return "/newsroom/frontpage/history.csv?from=" + from + "&to=" + to;
		}

	}

	/**
	 * A section as its form shows it: {@code parent} the chosen parent's id ("" for a top-level section),
	 * {@code parents} the choices.
	 */
	public record SectionRow(Integer id, String name, String slug, String position, boolean inMenu, String parent,
			List<Option> parents) {

		SectionRow withParents(List<Option> options) {
			return new SectionRow(id, name, slug, position, inMenu, parent, options);
		}

		public boolean isSubSection() {
			return !parent.isEmpty();
		}

	}

	public record SectionsPage(Chrome chrome, List<SectionRow> sections, SectionRow blank, String error,
			String notice) {
	}

	public record StaticPagesPage(Chrome chrome, List<Option> pages) {
	}

	public record StaticPageForm(Chrome chrome, String slug, String title, String bodyHtml, String error,
			String notice) {
	}

	public record SettingField(String key, String label, String value, String error) {
	}

	public record SettingsPage(Chrome chrome, List<SettingField> fields, List<LogoField> logos, String notice) {
	}

	/**
	 * One of the logo uploads on the settings screen: {@code variant} is the form's value, {@code url} the
	 * current logo (null when none), {@code error} what was wrong with the last upload.
	 */
	public record LogoField(String variant, String label, String hint, String url, boolean darkGround, String error) {
	}

	public record DeliveryRow(long articleId, String headline, String action, String state, String attempts,
			String next, String error, String sent) {
	}

	public record PortalPage(Chrome chrome, boolean enabled, List<DeliveryRow> rows) {
	}

	public record ExportPage(Chrome chrome, String from, String to, long total, long inHouse, long wire) {

		public String csvUrl() {
			return "/newsroom/export.csv?from=" + from + "&to=" + to;
		}

	}

	public record CampaignRow(long id, String name, String advertiser, String kind, String status, String statusCode,
			String period, String slots, boolean house, long impressions, long clicks) {
	}

	public record BannersPage(Chrome chrome, List<CampaignRow> campaigns, String notice) {
	}

	public record BannerFormPage(Chrome chrome, Long id, String imageUrl, BannerForm form,
			Map<String, String> errors, List<Option> slots, List<Option> sections) {

		public String error(String field) {
			return errors.get(field);
		}

	}

	public record BannerReportPage(Chrome chrome, long id, String name, String advertiser, String from, String to,
			List<DayCount> days, long impressions, long clicks) {

		public String ctr() {
			return impressions == 0 ? "0.00%" : String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * clicks / impressions);
		}

		public String csvUrl() {
			return "/newsroom/admin/ads/" + id + "/report.csv?from=" + from + "&to=" + to;
		}

	}

	/** The form as typed; every field is text so nothing typed is lost on an error. */
	public record BannerForm(String advertiser, String name, String kind, String mediaId, String altText, String html,
			String allowScript, String targetUrl, String startsAt, String endsAt, String weight, List<String> slots,
			List<String> sections, String dailyCap, String house) {

		public BannerForm {
			slots = slots == null ? List.of() : slots;
			sections = sections == null ? List.of() : sections;
		}

		public boolean hasSlot(String code) {
			return slots.contains(code);
		}

		public boolean hasSection(String id) {
			return sections.contains(id);
		}

	}


	/** A synonym dictionary entry in the list; {@code expandsTo} is empty for a group. */
	public record SynonymRow(long id, String kind, String words, String expandsTo) {
	}

	/** A synonym entry's form as typed: {@code kind} GROUP or EXPANSION, words separated by commas. */
	public record SynonymForm(String kind, String words, String expandsTo) {

		public boolean expansion() {
			return "EXPANSION".equals(kind);
		}

	}

	/**
	 * 검색 동의어: the entries (those with {@code filter} among their words, when given), and the form to add one,
	 * as typed when it came back with {@code errors} (by field: kind, words, expandsTo; "entry" for the whole).
	 */
	public record SynonymsPage(Chrome chrome, List<SynonymRow> rows, int total, String filter, String empty,
			SynonymForm form, Map<String, String> errors, String notice) {
	}

	/** One entry's edit form, as stored or as typed. */
	public record SynonymPage(Chrome chrome, long id, SynonymForm form, Map<String, String> errors) {
	}
	/**
	 * The editor's 관련기사·속보 panel. {@code pinned} are the 관련기사 pinned (or, after a refused save, those the
	 * desk had chosen); {@code breakingUntil} is when the running 속보 mark ends (null when none), in the form's
	 * local time, and {@code breakingInput} what the time field holds.
	 */
	public record ArticleEndPanel(boolean shown, boolean canPin, List<Pin> pinned, int mostPinned, boolean canMarkBreaking,
			boolean breakingPossible, String breakingUntil, String breakingInput) {

		public static final ArticleEndPanel NONE = new ArticleEndPanel(false, false, List.of(), 0, false, false, null, "");

		public ArticleEndPanel withPinned(List<Pin> chosen) {
			return new ArticleEndPanel(shown, canPin, chosen, mostPinned, canMarkBreaking, breakingPossible, breakingUntil,
					breakingInput);
		}

		public ArticleEndPanel withBreakingInput(String typed) {
			return new ArticleEndPanel(shown, canPin, pinned, mostPinned, canMarkBreaking, breakingPossible, breakingUntil,
					typed == null ? "" : typed);
		}

	}

	/** A pinned 관련기사 as the panel lists it: headline, section and date. */
	public record Pin(long id, String headline, String meta) {
	}

	/** 기사제보 in the newsroom: the list, filtered by status. */
	public record TipsPage(Chrome chrome, List<Option> statuses, List<TipRow> rows, String notice) {
	}

	public record TipRow(long id, String received, String status, String contact, String excerpt, int files) {

		public String url() {
			return "/newsroom/tips/" + id;
		}

	}

	/** One tip with its photos, and the statuses the desk may set. */
	public record TipPage(Chrome chrome, long id, String received, String status, String name, String contact,
			String body, List<TipFileRow> files, List<Option> statuses, String notice) {
	}

	public record TipFileRow(String url, String fileName, String type, String size, String dimensions) {
	}

}
