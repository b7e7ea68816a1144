package kr.sinmun.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

	// The series' name is read with the article (a primary-key look-up, only for articles in one) so a list that
	// names the 연재 of its articles, as the home's 오피니언 box does, costs no query of its own.
	static final String SUMMARY_COLUMNS = "a.id, a.section_id, a.reporter_id, a.headline, a.teaser, a.image_url, a.published_at,"
			+ " a.series_id, (SELECT sr.name FROM series sr WHERE sr.id = a.series_id) AS series_name";

	// A whole article with its tags in order, in one row.
	private static final String WHOLE = """
			SELECT a.*, coalesce(
			         (SELECT array_agg(t.tag ORDER BY t.position) FROM article_tags t WHERE t.article_id = a.id),
			         '{}') AS tags,
			       (SELECT json_agg(json_build_object('kind', c.kind, 'body', c.body,
			                                          'at', (extract(epoch FROM c.at) * 1000)::bigint) ORDER BY c.at, c.id)
			        FROM article_corrections c WHERE c.article_id = a.id) AS corrections,
			       coalesce((SELECT array_agg(b.reporter_id ORDER BY b.position) FROM article_bylines b
			                 WHERE b.article_id = a.id), '{}') AS co_reporters
			FROM articles a""";

	// Written by a reporter, alone or together with others.
	static final String BY_REPORTER = "(a.reporter_id = :reporter OR EXISTS (SELECT 1 FROM article_bylines b "
			+ "WHERE b.article_id = a.id AND b.reporter_id = :reporter)) AND ";

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	// The one definition of "a reader may see it": published, and its time has come.
	static final String VISIBLE = "a.status = 'PUBLISHED' AND a.published_at <= :now";

	private final JdbcClient jdbc;

	ArticleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Creating an article is not a change to it: updated_at starts at the publication time, so a backdated
	// import or the demo paper does not show a "수정" time on every article.
	long insert(Stored article) {
		return jdbc.sql("""
				INSERT INTO articles (section_id, reporter_id, headline, subheadline, body_html, teaser, image_url,
				                      image_width, image_height, video_provider, status, published_at, wire_source,
				                      awaiting_appearance, created_at, updated_at)
				VALUES (:section, :reporter, :headline, :subheadline, :body, :teaser, :image, :imageWidth, :imageHeight,
				        :video, :status, :publishedAt, :wireSource, :awaiting,
				        :now, coalesce(CAST(:publishedAt AS timestamptz), :now))
				RETURNING id""")
			.params(article.params())
			.query(Long.class)
			.single();
	}

	void markDemo(long id) {
		jdbc.sql("UPDATE articles SET demo = true WHERE id = :id").param("id", id).update();
	}

	boolean update(long id, Stored article) {
		return jdbc.sql("""
				UPDATE articles SET section_id = :section, reporter_id = :reporter, headline = :headline,
				       subheadline = :subheadline, body_html = :body, teaser = :teaser, image_url = :image,
				       image_width = :imageWidth, image_height = :imageHeight, video_provider = :video,
				       status = :status, published_at = :publishedAt, wire_source = :wireSource, updated_at = :now,
				       awaiting_appearance = :awaiting, version = version + 1
				WHERE id = :id""")
			.params(article.params())
			.param("id", id)
			.update() == 1;
	}

	/** Saves new text only if nobody saved since {@code expectedVersion}; the workflow state is left alone. */
	boolean updateText(long id, Stored article, int expectedVersion) {
		return jdbc.sql("""
				UPDATE articles SET section_id = :section, reporter_id = :reporter, headline = :headline,
				       subheadline = :subheadline, body_html = :body, teaser = :teaser, image_url = :image,
				       image_width = :imageWidth, image_height = :imageHeight, video_provider = :video, wire_source = :wireSource, updated_at = :now,
				       version = version + 1
				WHERE id = :id AND version = :expected""")
			.params(article.params())
			.param("id", id)
			.param("expected", expectedVersion)
			.update() == 1;
	}

	void updateState(long id, ArticleStatus status, Instant publishedAt, boolean embargo, Instant now) {
		jdbc.sql("""
				UPDATE articles SET status = :status, published_at = :publishedAt, embargo = :embargo,
				       awaiting_appearance = :awaiting
				WHERE id = :id""")
			.param("id", id)
			.param("status", status.name())
			.param("publishedAt", timestamp(publishedAt))
			.param("embargo", embargo)
			.param("awaiting", awaitsAppearance(status, publishedAt, now))
			.update();
	}

	/**
	 * Marks the scheduled articles whose time has come as announced and returns them, at most {@code limit}.
	 * Concurrent callers on several nodes never get the same article: a claimed row no longer matches, and
	 * rows another caller holds are skipped.
	 */
	List<ArticleStamp> claimAppeared(Instant now, int limit) {
		return jdbc.sql("""
				UPDATE articles a SET awaiting_appearance = false
				WHERE a.id IN (SELECT id FROM articles
				               WHERE awaiting_appearance AND status = 'PUBLISHED' AND published_at <= :now
				               ORDER BY published_at LIMIT :limit FOR UPDATE SKIP LOCKED)
				RETURNING a.id, a.headline, a.section_id, a.published_at, a.updated_at""")
			.param("now", timestamp(now))
			.param("limit", limit)
			.query((rs, n) -> new ArticleStamp(rs.getLong("id"), rs.getString("headline"), rs.getInt("section_id"),
					rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	// A published article whose time is still to come waits to be announced when it comes.
	static boolean awaitsAppearance(ArticleStatus status, Instant publishedAt, Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
	}

	/** Keeps the article's current text as the revision of its current version. */
	void keepRevision(long id, Long actorId, Instant now) {
		keepRevision(id, actorId, now, null);
	}

	/** The same, noting the editor window the text came from ({@code null} when not from the editor). */
	void keepRevision(long id, Long actorId, Instant now, String editorCopy) {
		jdbc.sql("""
				INSERT INTO article_revisions (article_id, version, section_id, headline, subheadline, body_html, tags,
				                               saved_by, saved_at, editor_copy)
				SELECT a.id, a.version, a.section_id, a.headline, a.subheadline, a.body_html,
				       coalesce((SELECT array_agg(t.tag ORDER BY t.position) FROM article_tags t WHERE t.article_id = a.id),
				                '{}'),
				       :actor, :now, :copy
				FROM articles a WHERE a.id = :id
				ON CONFLICT (article_id, version) DO NOTHING""")
			.param("id", id)
			.param("actor", actorId)
			.param("now", timestamp(now))
			.param("copy", editorCopy)
			.update();
	}

	/**
	 * Whether every version after {@code after} up to {@code upTo} was saved by {@code actorId} from the editor
	 * window {@code editorCopy}. A version without a revision (none is missing today) counts as someone else's.
	 */
	boolean savedOnlyFrom(long id, int after, int upTo, long actorId, String editorCopy) {
		long own = jdbc.sql("""
				SELECT count(*) FROM article_revisions
				WHERE article_id = :id AND version > :after AND version <= :upTo
				  AND saved_by = :actor AND editor_copy = :copy""")
			.param("id", id)
			.param("after", after)
			.param("upTo", upTo)
			.param("actor", actorId)
			.param("copy", editorCopy)
			.query(Long.class)
			.single();
		return own == upTo - after;
	}

	void logTransition(long id, ArticleStatus from, ArticleStatus to, Instant publishAt, boolean embargo, Long actorId,
			Instant now) {
		jdbc.sql("""
				INSERT INTO article_transitions (article_id, from_status, to_status, publish_at, embargo, actor_id, at)
				VALUES (:id, :from, :to, :publishAt, :embargo, :actor, :now)""")
			.param("id", id)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("publishAt", timestamp(publishAt))
			.param("embargo", embargo)
			.param("actor", actorId)
			.param("now", timestamp(now))
			.update();
	}

	List<RevisionStamp> revisions(long id) {
		return jdbc.sql("""
				SELECT version, headline, saved_by, saved_at, length(body_html) AS body_length
				FROM article_revisions WHERE article_id = :id ORDER BY version DESC""")
			.param("id", id)
			.query((rs, n) -> new RevisionStamp(rs.getInt("version"), rs.getString("headline"),
					(Long) rs.getObject("saved_by"), rs.getTimestamp("saved_at").toInstant(), rs.getInt("body_length")))
			.list();
	}

	Optional<ArticleRevision> revision(long id, int version) {
		return jdbc.sql("SELECT * FROM article_revisions WHERE article_id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.query((rs, n) -> new ArticleRevision(rs.getLong("article_id"), rs.getInt("version"), rs.getInt("section_id"),
					rs.getString("headline"), rs.getString("subheadline"), rs.getString("body_html"),
					List.of((String[]) rs.getArray("tags").getArray()), (Long) rs.getObject("saved_by"),
					rs.getTimestamp("saved_at").toInstant()))
			.optional();
	}

	List<ArticleTransition> transitions(long id) {
		return jdbc.sql("SELECT * FROM article_transitions WHERE article_id = :id ORDER BY at, id")
			.param("id", id)
			.query((rs, n) -> new ArticleTransition(
					rs.getString("from_status") == null ? null : ArticleStatus.valueOf(rs.getString("from_status")),
					ArticleStatus.valueOf(rs.getString("to_status")), instant(rs.getTimestamp("publish_at")),
					rs.getBoolean("embargo"), (Long) rs.getObject("actor_id"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	// What one person in the newsroom may see (ArticleViewer): everything for the desk, else their own work,
	// as reporter or co-reporter, and what readers see.
	// A deleted draft is seen by no one until an administrator restores it.
	private static final String SEEN_BY_VIEWER = """
			a.deleted_at IS NULL AND (:seesEverything OR a.reporter_id = :viewer
			   OR EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.reporter_id = :viewer)
			   OR (a.status = 'PUBLISHED' AND a.published_at <= :now))""";

	// The newsroom's lists: any state, every filter optional. Unpublished work is dated by its last change.
	private static final String LISTING_WHERE = " WHERE " + SEEN_BY_VIEWER + " AND " + """
			(CAST(:status AS varchar) IS NULL OR a.status = :status)
			   AND (CAST(:waiting AS boolean) IS NULL OR (a.published_at > :now) = :waiting)
			   AND (CAST(:embargo AS boolean) IS NULL OR a.embargo = :embargo)
			   AND (CAST(:section AS integer) IS NULL OR a.section_id = :section)
			   AND (CAST(:reporter AS bigint) IS NULL OR a.reporter_id = :reporter)
			   AND (CAST(:from AS timestamptz) IS NULL OR coalesce(a.published_at, a.updated_at) >= :from)
			   AND (CAST(:to AS timestamptz) IS NULL OR coalesce(a.published_at, a.updated_at) < :to)
			   AND (CAST(:text AS varchar) IS NULL OR a.headline ILIKE '%' || :text || '%')""" + " ";

	List<ArticleListing> listing(ArticleFilter filter, ArticleViewer viewer, Instant now, int limit, int offset) {
		return jdbc.sql("SELECT " + LISTING_COLUMNS + " FROM articles a" + LISTING_WHERE + """
				 ORDER BY coalesce(a.published_at, a.updated_at) DESC, a.id DESC LIMIT :limit OFFSET :offset""")
			.params(listingParams(filter, now))
			.params(viewerParams(viewer))
			.param("limit", limit)
			.param("offset", offset)
			.query(ArticleRepository::listingRow)
			.list();
	}

	private static final String LISTING_COLUMNS = """
			a.id, a.section_id, a.reporter_id, a.headline, a.status, a.embargo, a.published_at, a.updated_at,
			a.version, a.wire_source, a.demo, a.returned""";

	private static ArticleListing listingRow(ResultSet rs, int row) throws SQLException {
		return new ArticleListing(rs.getLong("id"), rs.getInt("section_id"), rs.getLong("reporter_id"),
				rs.getString("headline"), ArticleStatus.valueOf(rs.getString("status")), rs.getBoolean("embargo"),
				instant(rs.getTimestamp("published_at")), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"), rs.getString("wire_source"), rs.getBoolean("demo"), rs.getBoolean("returned"));
	}

	// Notes ------------------------------------------------------------------------------------------------

	long addNote(long articleId, long authorId, String body, Instant at) {
		return jdbc.sql("""
				INSERT INTO article_notes (article_id, author_id, body, at) VALUES (:article, :author, :body, :at)
				RETURNING id""")
			.param("article", articleId)
			.param("author", authorId)
			.param("body", body)
			.param("at", timestamp(at))
			.query(Long.class)
			.single();
	}

	List<ArticleNote> notes(long articleId) {
		return jdbc.sql("SELECT id, author_id, body, at FROM article_notes WHERE article_id = :article ORDER BY id")
			.param("article", articleId)
			.query((rs, n) -> new ArticleNote(rs.getLong("id"), rs.getLong("author_id"), rs.getString("body"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Remembers that {@code userId} has read every note of the article so far. */
	void markNotesRead(long articleId, long userId) {
		jdbc.sql("""
				INSERT INTO article_note_reads (article_id, user_id, last_read)
				SELECT :article, :user, max(id) FROM article_notes WHERE article_id = :article HAVING max(id) IS NOT NULL
				ON CONFLICT (article_id, user_id)
				DO UPDATE SET last_read = greatest(article_note_reads.last_read, excluded.last_read)""")
			.param("article", articleId)
			.param("user", userId)
			.update();
	}

	void markReturned(long id, boolean returned) {
		jdbc.sql("UPDATE articles SET returned = :returned WHERE id = :id")
			.param("id", id)
			.param("returned", returned)
			.update();
	}

	// A writer's articles that wait for them: sent back (반려) and not sent again, or with a note from someone
	// else that they have not read.
	private static final String NEEDING_ATTENTION = """
			 WHERE a.deleted_at IS NULL AND (a.reporter_id = :user
			        OR EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.reporter_id = :user))
			   AND ((a.returned AND a.status = 'DRAFT')
			        OR EXISTS (SELECT 1 FROM article_notes n
			                   WHERE n.article_id = a.id AND n.author_id <> :user
			                     AND n.id > coalesce((SELECT r.last_read FROM article_note_reads r
			                                          WHERE r.article_id = a.id AND r.user_id = :user), 0)))""";

	List<ArticleListing> needingAttention(long userId, int limit) {
		return jdbc.sql("SELECT " + LISTING_COLUMNS + " FROM articles a " + NEEDING_ATTENTION
				+ " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit")
			.param("user", userId)
			.param("limit", limit)
			.query(ArticleRepository::listingRow)
			.list();
	}

	long countNeedingAttention(long userId) {
		return jdbc.sql("SELECT count(*) FROM articles a " + NEEDING_ATTENTION)
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	long countListing(ArticleFilter filter, ArticleViewer viewer, Instant now) {
		return jdbc.sql("SELECT count(*) FROM articles a" + LISTING_WHERE)
			.params(listingParams(filter, now))
			.params(viewerParams(viewer))
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> viewerParams(ArticleViewer viewer) {
		return Map.of("seesEverything", viewer.seesEverything(), "viewer", viewer.userId());
	}

	private static Map<String, Object> listingParams(ArticleFilter filter, Instant now) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("status", filter.status() == null ? null : filter.status().name());
		params.put("waiting", filter.waiting());
		params.put("embargo", filter.embargo());
		params.put("section", filter.sectionId());
		params.put("reporter", filter.reporterId());
		params.put("from", timestamp(filter.from()));
		params.put("to", timestamp(filter.to()));
		String text = filter.text() == null || filter.text().isBlank() ? null
				: filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		params.put("text", text);
		params.put("now", timestamp(now));
		return params;
	}

	void replaceTags(long id, List<String> tags) {
		jdbc.sql("DELETE FROM article_tags WHERE article_id = :id").param("id", id).update();
		for (int i = 0; i < tags.size(); i++) {
			jdbc.sql("INSERT INTO article_tags (article_id, position, tag) VALUES (:id, :position, :tag)")
				.param("id", id)
				.param("position", i)
				.param("tag", tags.get(i))
				.update();
		}
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM articles WHERE id = :id").param("id", id).update() == 1;
	}

	// A deleted draft is not found: for everyone but the restore screen it no longer exists.
	Optional<ArticleDetail> find(long id) {
		return jdbc.sql(WHOLE + " WHERE a.id = :id AND a.deleted_at IS NULL")
			.param("id", id)
			.query(ArticleRepository::detail)
			.optional();
	}

	/**
	 * The draft that {@code actorId}'s editor window {@code editorCopy} created, if any: its first save stored it,
	 * and a later "first" save from the same window (whose answer was lost) must not create a second one.
	 */
	Optional<Long> startedFrom(long actorId, String editorCopy) {
		return jdbc.sql("""
				SELECT r.article_id FROM article_revisions r JOIN articles a ON a.id = r.article_id
				WHERE r.version = 1 AND r.saved_by = :actor AND r.editor_copy = :copy AND a.deleted_at IS NULL
				ORDER BY r.article_id DESC LIMIT 1""")
			.param("actor", actorId)
			.param("copy", editorCopy)
			.query(Long.class)
			.optional();
	}

	/** The section {@code reporterId} has written the most articles in (the latest wins a tie), if any. */
	Optional<Integer> mostUsedSection(long reporterId) {
		return jdbc.sql("""
				SELECT section_id FROM articles WHERE reporter_id = :reporter AND deleted_at IS NULL
				GROUP BY section_id ORDER BY count(*) DESC, max(id) DESC LIMIT 1""")
			.param("reporter", reporterId)
			.query(Integer.class)
			.optional();
	}

	/** Marks a draft deleted; {@code false} when it is not a draft (any more) or already deleted. */
	boolean discard(long id, long actorId, Instant now) {
		return jdbc.sql("""
				UPDATE articles SET deleted_at = :now, deleted_by = :actor
				WHERE id = :id AND status = 'DRAFT' AND deleted_at IS NULL""")
			.param("id", id)
			.param("actor", actorId)
			.param("now", timestamp(now))
			.update() == 1;
	}

	/**
	 * Removes for good up to {@code limit} drafts deleted at or before {@code cutoff}, with their revisions, notes
	 * and tags (the foreign keys cascade), and answers how many. Rows another node is removing at the same moment
	 * are skipped ({@code SKIP LOCKED}), so several nodes never wait on each other or remove a row twice. A draft
	 * that ever stood on the home page keeps its row, since the placement history names it.
	 */
	int purgeDiscarded(Instant cutoff, int limit) {
		return jdbc.sql("""
				DELETE FROM articles WHERE id IN (
				  SELECT a.id FROM articles a
				  WHERE a.deleted_at <= :cutoff AND a.status = 'DRAFT'
				    AND NOT EXISTS (SELECT 1 FROM frontpage_placements p WHERE p.article_id = a.id)
				  ORDER BY a.deleted_at LIMIT :limit FOR UPDATE SKIP LOCKED)""")
			.param("cutoff", timestamp(cutoff))
			.param("limit", limit)
			.update();
	}

	/** Brings back a draft deleted after {@code since}; {@code false} when there is none such. */
	boolean restore(long id, Instant since) {
		return jdbc.sql("UPDATE articles SET deleted_at = NULL, deleted_by = NULL WHERE id = :id AND deleted_at > :since")
			.param("id", id)
			.param("since", timestamp(since))
			.update() == 1;
	}

	/** Drafts deleted after {@code since}, the latest first. */
	List<DiscardedDraft> discarded(Instant since, int limit) {
		return jdbc.sql("""
				SELECT a.id, a.headline, a.reporter_id, a.deleted_by, a.deleted_at, a.updated_at FROM articles a
				WHERE a.deleted_at > :since ORDER BY a.deleted_at DESC, a.id DESC LIMIT :limit""")
			.param("since", timestamp(since))
			.param("limit", limit)
			.query((rs, n) -> new DiscardedDraft(rs.getLong("id"), rs.getString("headline"), rs.getLong("reporter_id"),
					(Long) rs.getObject("deleted_by"), rs.getTimestamp("deleted_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	List<ArticleSummary> latest(Instant now, int limit, int offset) {
		return newest(now, "", Map.of(), limit, offset);
	}

	// A parent section's page lists its sub-sections' articles too: one query over the list of sections, each
	// walked on articles_section_published_idx.
	List<ArticleSummary> latestInSections(Instant now, Collection<Integer> sectionIds, int limit, int offset) {
		return newest(now, "a.section_id IN (:sections) AND ", Map.of("sections", sectionIds), limit, offset);
	}

	List<ArticleSummary> byReporter(Instant now, long reporterId, int limit, int offset) {
		return newest(now, BY_REPORTER, Map.of("reporter", reporterId), limit, offset);
	}

	// Visible articles that also meet a condition ("" for none), newest first.
	private List<ArticleSummary> newest(Instant now, String condition, Map<String, ?> params, int limit, int offset) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM articles a WHERE " + condition + VISIBLE
				+ " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("now", timestamp(now))
			.param("limit", limit)
			.param("offset", offset)
			.query(ArticleRepository::summary)
			.list();
	}

	/** Visible articles with a video, newest first, along the partial index on video articles. */
	List<ArticleVideo> latestWithVideo(Instant now, int limit) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", a.video_provider FROM articles a WHERE a.video_provider IS NOT NULL AND "
				+ VISIBLE + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
			.param("now", timestamp(now))
			.param("limit", limit)
			.query((rs, n) -> new ArticleVideo(summary(rs, n), rs.getString("video_provider")))
			.list();
	}

	long countByReporter(Instant now, long reporterId) {
		return jdbc.sql("SELECT count(*) FROM articles a WHERE " + BY_REPORTER + VISIBLE)
			.param("now", timestamp(now))
			.param("reporter", reporterId)
			.query(Long.class)
			.single();
	}

	long countInSections(Instant now, Collection<Integer> sectionIds) {
		return jdbc.sql("SELECT count(*) FROM articles a WHERE a.section_id IN (:sections) AND " + VISIBLE)
			.param("now", timestamp(now))
			.param("sections", sectionIds)
			.query(Long.class)
			.single();
	}

	/** The newest {@code perSection} articles of every section in one query, for the home page's boxes. */
	Map<Integer, List<ArticleSummary>> latestPerSection(Instant now, int perSection) {
		Map<Integer, List<ArticleSummary>> bySection = new LinkedHashMap<>();
		// One index walk per section (articles_section_published_idx), stopping after perSection rows. A window
		// function over all articles read every published row: 400 ms for each home render at 100,000 articles.
		jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM sections s CROSS JOIN LATERAL ("
				+ "  SELECT * FROM articles a WHERE a.section_id = s.id AND " + VISIBLE
				+ "  ORDER BY a.published_at DESC, a.id DESC LIMIT :perSection) a"
				+ " ORDER BY a.section_id, a.published_at DESC, a.id DESC")
			.param("now", timestamp(now))
			.param("perSection", perSection)
			.query(ArticleRepository::summary)
			.list()
			.forEach(summary -> bySection.computeIfAbsent(summary.sectionId(), key -> new ArrayList<>()).add(summary));
		return bySection;
	}

	/** Summaries by id whatever the articles' state; unknown ids are left out. */
	List<ArticleSummary> summariesByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM articles a WHERE a.id IN (:ids)")
			.param("ids", ids)
			.query(ArticleRepository::summary)
			.list();
	}

	List<ArticleSummary> visibleByIds(Instant now, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM articles a WHERE a.id IN (:ids) AND " + VISIBLE)
			.param("now", timestamp(now))
			.param("ids", ids)
			.query(ArticleRepository::summary)
			.list();
	}

	List<ArticleDetail> listAll(Integer sectionId, ArticleViewer viewer, Instant now, int limit, int offset) {
		return jdbc.sql(WHOLE + " WHERE " + SEEN_BY_VIEWER + """
				 AND (CAST(:section AS integer) IS NULL OR a.section_id = :section)
				ORDER BY coalesce(a.published_at, a.created_at) DESC, a.id DESC LIMIT :limit OFFSET :offset""")
			.param("section", sectionId)
			.params(viewerParams(viewer))
			.param("now", timestamp(now))
			.param("limit", limit)
			.param("offset", offset)
			.query(ArticleRepository::detail)
			.list();
	}

	long countAll(Integer sectionId, ArticleViewer viewer, Instant now) {
		return jdbc.sql("SELECT count(*) FROM articles a WHERE " + SEEN_BY_VIEWER
				+ " AND (CAST(:section AS integer) IS NULL OR a.section_id = :section)")
			.param("section", sectionId)
			.params(viewerParams(viewer))
			.param("now", timestamp(now))
			.query(Long.class)
			.single();
	}

	List<ArticleVersion> visibleVersions(Instant now) {
		return jdbc.sql("SELECT a.id, a.updated_at FROM articles a WHERE " + VISIBLE + " ORDER BY a.id")
			.param("now", timestamp(now))
			.query((rs, n) -> new ArticleVersion(rs.getLong("id"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	List<ArticleDetail> visibleDetailsAfter(Instant now, long afterId, int limit) {
		return jdbc.sql(WHOLE + """
				 WHERE a.id > :after AND a.status = 'PUBLISHED' AND a.published_at <= :now
				ORDER BY a.id LIMIT :limit""")
			.param("now", timestamp(now))
			.param("after", afterId)
			.param("limit", limit)
			.query(ArticleRepository::detail)
			.list();
	}

	List<ArticleDetail> visibleDetails(Instant now, Collection<Long> ids) {
		return jdbc.sql(WHOLE + " WHERE a.id IN (:ids) AND a.status = 'PUBLISHED' AND a.published_at <= :now")
			.param("now", timestamp(now))
			.param("ids", ids)
			.query(ArticleRepository::detail)
			.list();
	}

	/**
	 * Visible articles, newest first, whole, of the given sections or (null) of all: for feeds, so without demo
	 * articles.
	 */
	List<ArticleDetail> latestDetails(Instant now, Collection<Integer> sectionIds, int limit) {
		return jdbc.sql(WHOLE + """
				 WHERE a.status = 'PUBLISHED' AND a.published_at <= :now AND NOT a.demo
				  AND (:all OR a.section_id IN (:sections))
				ORDER BY a.published_at DESC, a.id DESC LIMIT :limit""")
			.param("now", timestamp(now))
			.param("all", sectionIds == null)
			// CASE: IN () is not SQL; with every section wanted, the list is never read.
			.param("sections", sectionIds == null || sectionIds.isEmpty() ? List.of(0) : sectionIds)
			.param("limit", limit)
			.query(ArticleRepository::detail)
			.list();
	}

	/** Months (KST) that have visible articles other than demo ones, newest first, with their count and last change. */
	List<ArticleMonth> months(Instant now) {
		return jdbc.sql("""
				SELECT to_char(a.published_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') AS month, count(*) AS articles,
				       max(a.updated_at) AS last_modified
				FROM articles a WHERE a.status = 'PUBLISHED' AND a.published_at <= :now AND NOT a.demo
				GROUP BY 1 ORDER BY 1 DESC""")
			.param("now", timestamp(now))
			.query((rs, n) -> new ArticleMonth(java.time.YearMonth.parse(rs.getString("month")), rs.getLong("articles"),
					rs.getTimestamp("last_modified").toInstant()))
			.list();
	}

	/** Visible articles other than demo ones published in a month (KST), oldest first: ids, headlines and times only. */
	List<ArticleStamp> inMonth(Instant now, java.time.YearMonth month, int limit) {
		java.time.ZoneId seoul = java.time.ZoneId.of("Asia/Seoul");
		return stamps("a.published_at >= :from AND a.published_at < :to ORDER BY a.published_at, a.id LIMIT :limit",
				now, month.atDay(1).atStartOfDay(seoul).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(seoul).toInstant(), limit);
	}

	/** Visible articles other than demo ones published since a time, newest first. */
	List<ArticleStamp> publishedSince(Instant now, Instant since, int limit) {
		return stamps("a.published_at >= :from AND a.published_at < :to ORDER BY a.published_at DESC, a.id DESC LIMIT :limit",
				now, since, now.plusSeconds(1), limit);
	}

	private List<ArticleStamp> stamps(String where, Instant now, Instant from, Instant to, int limit) {
		return jdbc.sql("SELECT a.id, a.headline, a.section_id, a.published_at, a.updated_at FROM articles a WHERE "
				+ VISIBLE + " AND NOT a.demo AND " + where)
			.param("now", timestamp(now))
			.param("from", timestamp(from))
			.param("to", timestamp(to))
			.param("limit", limit)
			.query((rs, n) -> new ArticleStamp(rs.getLong("id"), rs.getString("headline"), rs.getInt("section_id"),
					rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	long countAll() {
		return jdbc.sql("SELECT count(*) FROM articles").query(Long.class).single();
	}

	static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
		return new ArticleSummary(rs.getLong("id"), rs.getInt("section_id"), rs.getLong("reporter_id"),
				rs.getString("headline"), rs.getString("teaser"), rs.getString("image_url"),
				instant(rs.getTimestamp("published_at")), (Integer) rs.getObject("series_id"), rs.getString("series_name"));
	}

	private static ArticleDetail detail(ResultSet rs, int row) throws SQLException {
		String[] tags = (String[]) rs.getArray("tags").getArray();
		return new ArticleDetail(rs.getLong("id"), rs.getInt("section_id"), rs.getLong("reporter_id"),
				rs.getString("headline"), rs.getString("subheadline"), rs.getString("body_html"), rs.getString("teaser"),
				rs.getString("image_url"), (Integer) rs.getObject("image_width"), (Integer) rs.getObject("image_height"),
				List.of(tags), ArticleStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("updated_at")), rs.getInt("version"), rs.getBoolean("embargo"),
				corrections(rs.getString("corrections")),
				java.util.Arrays.stream((Long[]) rs.getArray("co_reporters").getArray()).toList(),
				rs.getString("wire_source"), rs.getBoolean("demo"), rs.getBoolean("returned"),
				(Integer) rs.getObject("series_id"));
	}

	void replaceBylines(long id, List<Long> coReporters) {
		jdbc.sql("DELETE FROM article_bylines WHERE article_id = :id").param("id", id).update();
		for (int i = 0; i < coReporters.size(); i++) {
			jdbc.sql("INSERT INTO article_bylines (article_id, position, reporter_id) VALUES (:id, :position, :reporter)")
				.param("id", id)
				.param("position", i)
				.param("reporter", coReporters.get(i))
				.update();
		}
	}

	private static List<Correction> corrections(String json) {
		if (json == null) {
			return List.of();
		}
		List<Correction> corrections = new ArrayList<>();
		for (tools.jackson.databind.JsonNode node : JSON.readTree(json)) {
			corrections.add(new Correction(Correction.Kind.valueOf(node.get("kind").asString()), node.get("body").asString(),
					Instant.ofEpochMilli(node.get("at").asLong())));
		}
		return corrections;
	}

	void addCorrection(long id, Correction correction, Long actorId) {
		jdbc.sql("INSERT INTO article_corrections (article_id, kind, body, actor_id, at) VALUES (:id, :kind, :body, :actor, :at)")
			.param("id", id)
			.param("kind", correction.kind().name())
			.param("body", correction.body())
			.param("actor", actorId)
			.param("at", timestamp(correction.at()))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** An article ready to write: sanitized body and derived fields. */
	record Stored(int sectionId, long reporterId, String headline, String subheadline, String bodyHtml, String teaser,
			String imageUrl, Integer imageWidth, Integer imageHeight, String videoProvider, ArticleStatus status,
			Instant publishedAt, String wireSource, Instant now) {

		Map<String, Object> params() {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("section", sectionId);
			params.put("reporter", reporterId);
			params.put("headline", headline);
			params.put("subheadline", subheadline);
			params.put("body", bodyHtml);
			params.put("teaser", teaser);
			params.put("image", imageUrl);
			params.put("imageWidth", imageWidth);
			params.put("imageHeight", imageHeight);
			params.put("video", videoProvider);
			params.put("status", status.name());
			params.put("publishedAt", timestamp(publishedAt));
			params.put("wireSource", wireSource);
			params.put("now", timestamp(now));
			params.put("awaiting", awaitsAppearance(status, publishedAt, now));
			return params;
		}

	}

}
