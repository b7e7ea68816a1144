package kr.sinmun.ads;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdRepository {

	private final JdbcClient jdbc;

	AdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AdSlot> slots() {
		return jdbc.sql("SELECT * FROM ad_slots ORDER BY mobile, code")
			.query((rs, n) -> new AdSlot(rs.getString("code"), rs.getString("name"), rs.getInt("width"),
					rs.getInt("height"), List.of((String[]) rs.getArray("pages").getArray()), rs.getBoolean("mobile"),
					(Integer) rs.getObject("paragraph")))
			.list();
	}

	List<Campaign> campaigns() {
		return jdbc.sql("SELECT * FROM ad_campaigns ORDER BY id DESC").query(AdRepository::campaign).list();
	}

	Optional<Campaign> campaign(long id) {
		return jdbc.sql("SELECT * FROM ad_campaigns WHERE id = :id").param("id", id).query(AdRepository::campaign).optional();
	}

	long insert(Stored campaign, Instant now) {
		return jdbc.sql("""
				INSERT INTO ad_campaigns (advertiser, name, kind, image_url, image_width, image_height, alt_text, html,
				  allow_script, target_url, starts_at, ends_at, weight, slots, sections, daily_cap, house, status,
				  created_at, updated_at)
				VALUES (:advertiser, :name, :kind, :imageUrl, :imageWidth, :imageHeight, :alt, :html, :allowScript,
				  :target, :starts, :ends, :weight, :slots, :sections, :cap, :house, 'PENDING', :now, :now)
				RETURNING id""")
			.params(campaign.params())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Any change to what is shown sends the campaign back for approval. */
	boolean update(long id, Stored campaign, Instant now) {
		return jdbc.sql("""
				UPDATE ad_campaigns SET advertiser = :advertiser, name = :name, kind = :kind, image_url = :imageUrl,
				  image_width = :imageWidth, image_height = :imageHeight, alt_text = :alt, html = :html,
				  allow_script = :allowScript, target_url = :target, starts_at = :starts, ends_at = :ends,
				  weight = :weight, slots = :slots, sections = :sections, daily_cap = :cap, house = :house,
				  status = 'PENDING', approved_by = NULL, approved_at = NULL, updated_at = :now
				WHERE id = :id""")
			.params(campaign.params())
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM ad_campaigns WHERE id = :id").param("id", id).update() == 1;
	}

	boolean setStatus(long id, String status, Long actor, Instant now) {
		return jdbc.sql("""
				UPDATE ad_campaigns SET status = :status, updated_at = :now,
				  approved_by = CASE WHEN :status = 'APPROVED' THEN :actor ELSE approved_by END,
				  approved_at = CASE WHEN :status = 'APPROVED' THEN :now ELSE approved_at END
				WHERE id = :id""")
			.param("id", id)
			.param("status", status)
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void add(long campaignId, LocalDate day, long served, long impressions, long clicks) {
		jdbc.sql("""
				INSERT INTO ad_daily_counts (campaign_id, day, served, impressions, clicks)
				SELECT :id, :day, :served, :impressions, :clicks WHERE EXISTS (SELECT 1 FROM ad_campaigns WHERE id = :id)
				ON CONFLICT (campaign_id, day) DO UPDATE SET served = ad_daily_counts.served + excluded.served,
				  impressions = ad_daily_counts.impressions + excluded.impressions,
				  clicks = ad_daily_counts.clicks + excluded.clicks""")
			.param("id", campaignId)
			.param("day", day)
			.param("served", served)
			.param("impressions", impressions)
			.param("clicks", clicks)
			.update();
	}

	Map<Long, Long> servedOn(LocalDate day) {
		Map<Long, Long> served = new HashMap<>();
		jdbc.sql("SELECT campaign_id, served FROM ad_daily_counts WHERE day = :day")
			.param("day", day)
			.query((rs, n) -> served.put(rs.getLong("campaign_id"), rs.getLong("served")))
			.list();
		return served;
	}

	List<DayCount> days(long campaignId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT day, served, impressions, clicks FROM ad_daily_counts
				WHERE campaign_id = :id AND day BETWEEN :from AND :to ORDER BY day""")
			.param("id", campaignId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new DayCount(rs.getObject("day", LocalDate.class), rs.getLong("served"),
					rs.getLong("impressions"), rs.getLong("clicks")))
			.list();
	}

	Map<Long, DayCount> today(LocalDate day) {
		Map<Long, DayCount> counts = new HashMap<>();
		jdbc.sql("SELECT * FROM ad_daily_counts WHERE day = :day")
			.param("day", day)
			.query((rs, n) -> counts.put(rs.getLong("campaign_id"), new DayCount(day, rs.getLong("served"),
					rs.getLong("impressions"), rs.getLong("clicks"))))
			.list();
		return counts;
	}

	byte[] secret() {
		return jdbc.sql("SELECT secret FROM ad_secret WHERE id = 1").query(byte[].class).single();
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		Array sections = rs.getArray("sections");
		return new Campaign(rs.getLong("id"), rs.getString("advertiser"), rs.getString("name"), rs.getString("kind"),
				rs.getString("image_url"), (Integer) rs.getObject("image_width"), (Integer) rs.getObject("image_height"),
				rs.getString("alt_text"), rs.getString("html"), rs.getBoolean("allow_script"), rs.getString("target_url"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("weight"),
				List.of((String[]) rs.getArray("slots").getArray()), Arrays.asList((Integer[]) sections.getArray()),
				(Integer) rs.getObject("daily_cap"), rs.getBoolean("house"), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	/** A campaign ready to write: image resolved, HTML sanitized. */
	record Stored(CampaignDraft draft, String imageUrl, Integer imageWidth, Integer imageHeight, String html) {

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("advertiser", draft.advertiser().strip());
			params.put("name", draft.name().strip());
			params.put("kind", draft.kind());
			params.put("imageUrl", imageUrl);
			params.put("imageWidth", imageWidth);
			params.put("imageHeight", imageHeight);
			params.put("alt", draft.altText());
			params.put("html", html);
			params.put("allowScript", draft.allowScript());
			params.put("target", draft.targetUrl().strip());
			params.put("starts", Timestamp.from(draft.startsAt()));
			params.put("ends", Timestamp.from(draft.endsAt()));
			params.put("weight", draft.weight());
			params.put("slots", draft.slots().toArray(String[]::new));
			params.put("sections", draft.sections().toArray(Integer[]::new));
			params.put("cap", draft.dailyCap());
			params.put("house", draft.house());
			return params;
		}

	}

}
