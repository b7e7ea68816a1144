package kr.sinmun.tipoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.media.MediaBusyException;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.UnsupportedMediaException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives readers' tips and keeps them for the newsroom. What a reader may send is decided here: the text and
 * contact the form asks for, consent to the stated use, and at most five photos, each checked as the newsroom's
 * own uploads are ({@link MediaLibrary#verify}) and stored as it came, out of the public media store. One address
 * may send {@code sinmun.tips.per-hour} tips an hour; the count is kept in the database, so it holds across nodes.
 */
@Service
public class Tips {

	private static final Logger log = LoggerFactory.getLogger(Tips.class);

	static final int BODY_MIN = 10;

	public static final int BODY_MAX = 5000;

	static final int CONTACT_MAX = 200;

	static final int NAME_MAX = 50;

	private final TipRepository repository;

	private final MediaLibrary media;

	private final TipProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Tips(TipRepository repository, MediaLibrary media, TipProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.media = media;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The largest photo a reader may attach, in bytes, for the form's text and its check before sending. */
	public long maxFileBytes() {
		return properties.maxFileSize().toBytes();
	}

	public int maxFiles() {
		return TipProperties.MAX_FILES;
	}

	/** How long a tip is kept, in days, as the consent text states it. */
	public long retentionDays() {
		return properties.retention().toDays();
	}

	/**
	 * Stores a tip sent from {@code address}.
	 * @throws TipRejectedException with the problems by field (body, contact, name, consent, files) and the status
	 * to answer with; nothing is stored then
	 */
	public long submit(TipSubmission tip, String address) {
		Map<String, String> problems = new LinkedHashMap<>();
		String body = tip.body() == null ? "" : tip.body().replace("\r\n", "\n").strip();
		String contact = tip.contact() == null ? "" : tip.contact().strip();
		String name = tip.name() == null ? "" : tip.name().strip();
		if (body.codePointCount(0, body.length()) < BODY_MIN) {
			problems.put("body", "제보 내용을 " + BODY_MIN + "자 이상 써 주십시오.");
		}
		else if (body.codePointCount(0, body.length()) > BODY_MAX) {
			problems.put("body", "제보 내용은 " + BODY_MAX + "자까지 쓸 수 있습니다. 지금 "
					+ body.codePointCount(0, body.length()) + "자입니다.");
		}
		if (contact.isEmpty()) {
			problems.put("contact", "기자가 연락드릴 전화번호나 이메일 주소를 써 주십시오.");
		}
		else if (contact.length() > CONTACT_MAX) {
			problems.put("contact", "연락처는 " + CONTACT_MAX + "자까지 쓸 수 있습니다.");
		}
		if (name.length() > NAME_MAX) {
			problems.put("name", "이름은 " + NAME_MAX + "자까지 쓸 수 있습니다.");
		}
		if (!tip.consent()) {
			problems.put("consent", "개인정보 수집·이용에 동의하셔야 제보를 받을 수 있습니다.");
		}
		List<TipSubmission.Upload> files = tip.files() == null ? List.of()
				: tip.files().stream().filter(file -> file.bytes() != null && file.bytes().length > 0).toList();
		int status = 400;
		if (files.size() > TipProperties.MAX_FILES) {
			problems.put("files", "사진은 " + TipProperties.MAX_FILES + "장까지 보낼 수 있습니다. " + files.size() + "장을 고르셨습니다.");
		}
		List<MediaLibrary.VerifiedImage> checked = new java.util.ArrayList<>();
		if (!problems.containsKey("files")) {
			for (TipSubmission.Upload file : files) {
				String shown = fileName(file.fileName());
				if (file.bytes().length > maxFileBytes()) {
					problems.put("files", "‘" + shown + "’ 파일이 너무 큽니다. 사진 한 장은 " + megabytes(maxFileBytes())
							+ "MB까지 보낼 수 있습니다.");
					status = 413;
					break;
				}
				try {
					checked.add(media.verify(file.bytes()));
				}
				catch (UnsupportedMediaException ex) {
					problems.put("files", "‘" + shown + "’: " + ex.getMessage() + " 사진(JPEG, PNG, WebP, GIF)만 보낼 수 있습니다.");
					status = 415;
					break;
				}
				catch (MediaBusyException ex) {
					problems.put("files", "지금 사진을 확인하는 요청이 많습니다. 잠시 뒤 다시 보내 주십시오.");
					status = 503;
					break;
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new TipRejectedException(problems, problems.containsKey("files") ? status : 400);
		}
		String sender = sha256(address == null ? "" : address);
		Instant now = clock.instant();
		// The photos were decoded above, outside the transaction: no database connection waits on a decode.
		long id = transaction.execute(unused -> {
			if (repository.sentSince(sender, now.minus(Duration.ofHours(1))) >= properties.perHour()) {
				throw new TipRejectedException(Map.of("form", "한 시간에 보낼 수 있는 제보(" + properties.perHour()
						+ "건)를 넘었습니다. 급한 제보는 아래 대표전화로 알려 주십시오."), 429);
			}
			long stored = repository.insert(name.isEmpty() ? null : name, contact, body, sender, now);
			for (int i = 0; i < files.size(); i++) {
				MediaLibrary.VerifiedImage image = checked.get(i);
				repository.attach(stored, fileName(files.get(i).fileName()), image.contentType(), files.get(i).bytes(),
						image.width(), image.height());
			}
			return stored;
		});
		log.info("기사제보 {}번을 받았습니다(사진 {}장)", id, files.size());
		return id;
	}

	/** The newest tips, of one status or all. */
	public List<Tip> list(Optional<TipStatus> status, int limit) {
		return repository.list(status.orElse(null), limit);
	}

	public Tip tip(long id) {
		return repository.find(id).orElseThrow(TipNotFoundException::new);
	}

	/** An attachment of tip {@code tipId}; another tip's attachment id is not found. */
	public TipFile file(long tipId, long fileId) {
		return repository.file(tipId, fileId).orElseThrow(TipNotFoundException::new);
	}

	@Transactional
	public Tip setStatus(long id, TipStatus status, long userId) {
		if (!repository.setStatus(id, status, userId, clock.instant())) {
			throw new TipNotFoundException();
		}
		return tip(id);
	}

	/** For tests and for an editor removing a tip at the sender's request. */
	@Transactional
	public void delete(long id) {
		repository.delete(id);
	}

	/** Deletes tips past their retention and forgets who sent what once the hourly limit no longer needs it. */
	@Scheduled(fixedDelayString = "${sinmun.tips.purge-interval:1h}", initialDelayString = "${sinmun.tips.purge-interval:1h}")
	void purge() {
		Instant now = clock.instant();
		int deleted = repository.deleteReceivedBefore(now.minus(properties.retention()));
		repository.forgetSendersBefore(now.minus(Duration.ofDays(1)));
		if (deleted > 0) {
			log.info("보관 기간이 지난 기사제보 {}건을 지웠습니다", deleted);
		}
	}

	/**
	 * The file's name as shown to the desk: its last path segment, without control or bidirectional-override
	 * characters, at most 100 characters. It is never used to name anything on disk.
	 */
	static String fileName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "사진";
		}
		return name.codePointCount(0, name.length()) > 100 ? name.substring(0, name.offsetByCodePoints(0, 100)) : name;
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
