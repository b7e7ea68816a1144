package kr.sinmun.ads;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.StoredMedia;
import kr.sinmun.platform.HtmlAllowList;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Banner campaigns and their serving. The eligible campaigns live in memory and a slot is filled without a
 * query: weighted rotation among approved campaigns in their dates, slots and sections, under their daily
 * cap, else the slot's house ad. Served, viewed and clicked counts are buffered and added to the database in
 * batches, so every node's counts sum exactly.
 *
 * <p>The daily cap limits how often a campaign is served (each serve can become at most one impression). A
 * serve reserves its place atomically, so concurrent requests never overshoot the cap on one node; other
 * nodes' serves are known from the last flush, at most a few seconds old.
 *
 * <p>Every change to a campaign publishes {@link BannersChanged}, on which every node (this one after commit,
 * the others through the change feed) re-reads the campaigns; the periodic reload every
 * {@code sinmun.ads.reload} also compares them and reports a difference it had to repair.
 */
@Service
public class Banners {

	private static final Logger log = LoggerFactory.getLogger(Banners.class);

	private final AdRepository repository;

	private final MediaLibrary media;

	private final Clock clock;

	private volatile List<Campaign> campaigns = List.of();

	private boolean loaded;

	private volatile List<AdSlot> slots = List.of();

	// Which slots a page may show: worked out when campaigns are read, when a start or end time passes, and when a
	// booked campaign reaches its cap; never on a reader's request.
	private volatile BannerCoverage coverage = BannerCoverage.NONE;

	private volatile boolean capReached;

	private volatile LocalDate day;

	// This node's serves today (never reset within a day), and what it has already flushed of them.
	private final Map<Long, AtomicLong> servedHere = new ConcurrentHashMap<>();

	private final Map<Long, Long> flushedHere = new ConcurrentHashMap<>();

	// Other nodes' serves today, as of the last reload.
	private volatile Map<Long, Long> servedElsewhere = Map.of();

	private final Map<Long, LongAdder> impressions = new ConcurrentHashMap<>();

	private final Map<Long, LongAdder> clicks = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	private final Counter repairs;

	private final Sections sections;

	Banners(AdRepository repository, MediaLibrary media, Clock clock, ApplicationEventPublisher events,
			MeterRegistry meters, Sections sections) {
		this.sections = sections;
		this.events = events;
		this.repairs = meters.counter("sinmun.reconcile.repairs", "what", "banners");
		this.repository = repository;
		this.media = media;
		this.clock = clock;
		this.day = currentDay();
	}

	/** What a filled slot shows. */
	public record Fill(Campaign campaign, AdSlot slot) {
	}

	public List<AdSlot> slots() {
		return slots;
	}

	public Optional<AdSlot> slot(String code) {
		return slots.stream().filter(slot -> slot.code().equals(code)).findFirst();
	}

	/**
	 * Whether some approved, running campaign (booked and under its cap, or a house ad) can fill {@code slotCode}
	 * on a page of {@code section} (null: a page of no section). A page leaves out a slot nothing can fill; when
	 * the answer changes, {@link BannerPlacesChanged} says where.
	 */
	public boolean fills(String slotCode, Integer section) {
		return coverage.fills(slotCode, section);
	}

	public List<Campaign> campaigns() {
		return repository.campaigns();
	}

	public Optional<Campaign> campaign(long id) {
		return repository.campaign(id);
	}

	/** Creates a campaign, waiting for approval. */
	@Transactional
	public Campaign create(CampaignDraft draft) {
		long id = repository.insert(stored(draft), clock.instant());
		events.publishEvent(new BannersChanged(id));
		return repository.campaign(id).orElseThrow();
	}

	/** Replaces a campaign; it waits for approval again, since what readers would see changed. */
	@Transactional
	public Optional<Campaign> update(long id, CampaignDraft draft) {
		Optional<Campaign> current = repository.campaign(id);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		// CASE: an image campaign edited without a new upload keeps the image it has.
		AdRepository.Stored stored = draft.kind().equals("IMAGE") && draft.mediaId() == null
				? new AdRepository.Stored(draft, current.get().imageUrl(), current.get().imageWidth(),
						current.get().imageHeight(), null)
				: stored(draft);
		if (!repository.update(id, stored, clock.instant())) {
			return Optional.empty();
		}
		events.publishEvent(new BannersChanged(id));
		return repository.campaign(id);
	}

	@Transactional
	public boolean delete(long id) {
		boolean deleted = repository.delete(id);
		if (deleted) {
			events.publishEvent(new BannersChanged(id));
		}
		return deleted;
	}

	/** The approval step: APPROVED goes live at its start time; REJECTED and STOPPED never show. */
	@Transactional
	public boolean decide(long id, String status, long actorId) {
		boolean changed = repository.setStatus(id, status, actorId, clock.instant());
		if (changed) {
			events.publishEvent(new BannersChanged(id));
		}
		return changed;
	}

	/** Fills a slot for one page view, or nothing if no campaign and no house ad is eligible. */
	public Optional<Fill> fill(String slotCode, Integer section) {
		Optional<AdSlot> slot = slot(slotCode);
		if (slot.isEmpty()) {
			return Optional.empty();
		}
		rollDay();
		Instant now = clock.instant();
		Integer parent = section == null ? null : sections.byId(section).map(Section::parentId).orElse(null);
		List<Campaign> booked = new ArrayList<>();
		List<Campaign> house = new ArrayList<>();
		for (Campaign campaign : campaigns) {
			if (campaign.eligible(slotCode, section, parent, now)) {
				(campaign.house() ? house : booked).add(campaign);
			}
		}
		// Draw among the booked campaigns; one that is at its cap drops out and the draw is repeated.
		while (!booked.isEmpty()) {
			Campaign chosen = AdRotation.pick(booked, ThreadLocalRandom.current());
			if (reserve(chosen)) {
				return Optional.of(new Fill(chosen, slot.get()));
			}
			booked.remove(chosen);
		}
		Campaign fallback = AdRotation.pick(house, ThreadLocalRandom.current());
		if (fallback == null) {
			return Optional.empty();
		}
		servedHere.computeIfAbsent(fallback.id(), id -> new AtomicLong()).incrementAndGet();
		return Optional.of(new Fill(fallback, slot.get()));
	}

	private boolean reserve(Campaign campaign) {
		AtomicLong here = servedHere.computeIfAbsent(campaign.id(), id -> new AtomicLong());
		if (campaign.dailyCap() == null) {
			here.incrementAndGet();
			return true;
		}
		long elsewhere = servedElsewhere.getOrDefault(campaign.id(), 0L);
		while (true) {
			long current = here.get();
			if (elsewhere + current >= campaign.dailyCap()) {
				return false;
			}
			if (here.compareAndSet(current, current + 1)) {
				// CASE: the last serve the cap allows: the next tick takes the campaign's slots out of the pages.
				if (elsewhere + current + 1 >= campaign.dailyCap()) {
					capReached = true;
				}
				return true;
			}
		}
	}

	/** Counts a banner seen on screen. */
	public void countImpression(long campaignId) {
		impressions.computeIfAbsent(campaignId, id -> new LongAdder()).increment();
	}

	/**
	 * The campaign's stored target for a click, counting it; empty for an unknown or ended campaign, so the
	 * click goes nowhere the campaign did not name.
	 */
	public Optional<String> click(long campaignId, boolean count) {
		Instant now = clock.instant();
		Optional<Campaign> campaign = campaigns.stream()
			.filter(c -> c.id() == campaignId && c.status().equals("APPROVED") && now.isBefore(c.endsAt()))
			.findFirst();
		if (campaign.isPresent() && count) {
			clicks.computeIfAbsent(campaignId, id -> new LongAdder()).increment();
		}
		return campaign.map(Campaign::targetUrl);
	}

	/** Daily counts of a campaign over a range of KST days, oldest first. */
	public List<DayCount> report(long campaignId, LocalDate from, LocalDate to) {
		return repository.days(campaignId, from, to);
	}

	/** Today's counts per campaign, as stored (the last few seconds may still be buffered). */
	public Map<Long, DayCount> today() {
		return repository.today(day);
	}

	byte[] secret() {
		return repository.secret();
	}

	// After commit here, at once when another node's change arrives.
	@TransactionalEventListener(fallbackExecution = true)
	void on(BannersChanged event) {
		reload();
	}

	/**
	 * Re-reads slots, campaigns and the other nodes' serves; a campaign list that differs from what was held
	 * is a change this node missed, repaired here and reported.
	 */
	@Scheduled(fixedDelayString = "${sinmun.ads.reload:30s}", initialDelay = 0)
	synchronized void reconcile() {
		List<Campaign> before = campaigns;
		reload();
		if (loaded && !before.equals(campaigns)) {
			repairs.increment();
			log.info("노드 대조: 메모리의 배너 캠페인이 데이터베이스와 달라 다시 읽었습니다");
		}
		loaded = true;
	}

	public synchronized void reload() {
		rollDay();
		slots = repository.slots();
		campaigns = repository.campaigns().stream().filter(c -> c.status().equals("APPROVED")).toList();
		Map<Long, Long> stored = repository.servedOn(day);
		Map<Long, Long> elsewhere = new java.util.HashMap<>();
		stored.forEach((id, total) -> elsewhere.put(id, Math.max(0, total - flushedHere.getOrDefault(id, 0L))));
		servedElsewhere = Map.copyOf(elsewhere);
		updateCoverage();
	}

	/**
	 * Works the coverage out again once a campaign's start or end time has passed (to the second, as serving
	 * does), the day (and so the caps) has turned, or a booked campaign has reached its cap. Every node does this
	 * for itself, so each drops its own pages at that moment.
	 */
	@Scheduled(fixedDelay = 1000)
	void tick() {
		rollDay();
		if (capReached || !clock.instant().isBefore(coverage.nextChange())) {
			capReached = false;
			updateCoverage();
		}
	}

	private synchronized void updateCoverage() {
		Instant now = clock.instant();
		Instant nextDay = currentDay().plusDays(1).atStartOfDay(KoreanDates.SEOUL).toInstant();
		BannerCoverage before = coverage;
		BannerCoverage after = BannerCoverage.of(campaigns, now, this::capped, nextDay, this::reach);
		coverage = after;
		List<BannerPlacesChanged.Place> places = new ArrayList<>();
		for (BannerCoverage.Change change : after.changesFrom(before)) {
			slot(change.slot()).ifPresent(slot -> places.add(new BannerPlacesChanged.Place(slot.code(), slot.pages(),
					change.section())));
		}
		if (!places.isEmpty()) {
			events.publishEvent(new BannerPlacesChanged(places));
		}
	}

	// The pages a campaign targeted at a section reaches: the section's and its sub-sections', as they stand now.
	private List<Integer> reach(int section) {
		List<Integer> reached = new ArrayList<>(List.of(section));
		sections.subSections(section).forEach(sub -> reached.add(sub.id()));
		return reached;
	}

	/**
	 * A section moved under another parent (or out from under one) changes which pages its parent's campaigns
	 * reach; the places that changed are dropped like any other. After the sections are re-read (they listen
	 * first) and before the page cache drops every page for the menu (it listens last).
	 */
	@Order(0)
	@TransactionalEventListener(fallbackExecution = true)
	void on(SectionsChanged event) {
		updateCoverage();
	}

	private boolean capped(Campaign campaign) {
		AtomicLong here = servedHere.get(campaign.id());
		return servedElsewhere.getOrDefault(campaign.id(), 0L) + (here == null ? 0 : here.get()) >= campaign.dailyCap();
	}

	/** Adds buffered counts to the database. */
	@Scheduled(fixedDelayString = "${sinmun.ads.flush:2s}")
	public synchronized void flush() {
		LocalDate flushDay = day;
		java.util.Set<Long> ids = new java.util.HashSet<>(servedHere.keySet());
		ids.addAll(impressions.keySet());
		ids.addAll(clicks.keySet());
		for (Long id : ids) {
			long served = servedHere.getOrDefault(id, new AtomicLong()).get() - flushedHere.getOrDefault(id, 0L);
			LongAdder seen = impressions.get(id);
			LongAdder clicked = clicks.get(id);
			long views = seen == null ? 0 : seen.sumThenReset();
			long taps = clicked == null ? 0 : clicked.sumThenReset();
			if (served == 0 && views == 0 && taps == 0) {
				continue;
			}
			repository.add(id, flushDay, served, views, taps);
			flushedHere.merge(id, served, Long::sum);
		}
	}

	// At midnight KST the caps start again.
	private void rollDay() {
		LocalDate now = currentDay();
		if (!now.equals(day)) {
			synchronized (this) {
				if (!now.equals(day)) {
					flush();
					day = now;
					servedHere.clear();
					flushedHere.clear();
					servedElsewhere = Map.of();
				}
			}
		}
	}

	private LocalDate currentDay() {
		return LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL);
	}

	private AdRepository.Stored stored(CampaignDraft draft) {
		if (draft.kind().equals("IMAGE")) {
			StoredMedia image = media.find(draft.mediaId())
				.orElseThrow(() -> new BannerException("mediaId", "올린 이미지를 찾을 수 없습니다(mediaId " + draft.mediaId() + ")."));
			return new AdRepository.Stored(draft, image.src(), image.srcWidth(), image.srcHeight(), null);
		}
		String html = draft.allowScript() ? draft.html() : HtmlAllowList.sanitize(draft.html());
		return new AdRepository.Stored(draft, null, null, null, html);
	}

}
