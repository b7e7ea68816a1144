package kr.sinmun.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.synonym.SynonymMap;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;

/**
 * Benchmark (not a test): builds an index of generated Korean articles and measures query latency at 1 and 8
 * concurrent clients. Run by {@code bench/search.sh}; the figures go in docs/benchmarks.md.
 */
public final class SearchBenchmark {

	private static final String[] SUBJECTS = { "한빛시", "누리군", "가람전자", "새솔에너지", "시의회", "교육청", "항만공사", "문화재단",
			"구단", "연구원", "정부", "국회", "중앙은행", "노동조합", "대학병원", "시민단체" };

	private static final String[] OBJECTS = { "예산안", "신규 노선", "데이터센터", "재활용 공장", "청년 주택", "통학로", "전시회", "선수단",
			"지원 사업", "요금제", "기준금리", "수출 실적", "반도체 공장", "전세 대출", "의료 인력", "탄소 배출" };

	private static final String[] VERBS = { "발표했다", "확정했다", "추진한다", "검토하고 있다", "공개했다", "늘리기로 했다", "줄이기로 했다",
			"시작했다", "연기했다", "철회했다" };

	private static final String[] DETAILS = { "관계자는 주민 의견을 더 듣겠다고 말했다.", "전문가들은 실제 효과를 따져 봐야 한다고 지적했다.",
			"이번 조치는 다음 달부터 적용된다.", "업계는 대체로 환영하는 분위기다.", "재원 마련 방안은 아직 정해지지 않았다.",
			"시민단체는 절차가 투명해야 한다고 요구했다.", "관련 예산은 지난해보다 늘었다.", "현장에서는 인력 부족을 호소하고 있다." };

	// A newspaper's vocabulary is wide and uneven: a few words are everywhere, most are rare. These nouns are
	// drawn with Zipf weights (the word of rank r with weight 1/r), the shape word frequencies have in news.
	private static final String[] NOUNS = { "정부", "국회", "대통령", "장관", "위원회", "시장", "기업", "경제", "정책", "예산", "투자", "금리", "물가", "수출", "수입", "환율", "주가", "증시", "부동산", "아파트", "전세", "월세", "대출", "은행", "보험", "세금", "연금", "일자리", "고용", "실업", "임금", "노동자", "노조", "파업", "협상", "합의", "회담", "외교", "안보", "국방", "북한", "미국", "중국", "일본", "유럽", "러시아", "중동", "무역", "관세", "반도체", "배터리", "자동차", "조선", "철강", "석유", "가스", "전력", "원전", "태양광", "풍력", "수소", "탄소", "기후", "환경", "미세먼지", "폭염", "태풍", "지진", "홍수", "가뭄", "산불", "교육", "학교", "대학", "입시", "교사", "학생", "학부모", "보육", "어린이집", "유치원", "병원", "의사", "간호사", "환자", "의료", "백신", "감염", "치료", "신약", "제약", "바이오", "인공지능", "데이터센터", "클라우드", "플랫폼", "스타트업", "게임", "통신", "요금제", "스마트폰", "인터넷", "보안", "해킹", "개인정보", "검찰", "경찰", "법원", "재판", "판결", "수사", "기소", "사건", "사고", "화재", "교통", "철도", "지하철", "버스", "항공", "공항", "항만", "도로", "주택", "재개발", "재건축", "분양", "청약", "인구", "저출생", "고령화", "청년", "노인", "복지", "장애인", "이주민", "다문화", "농업", "어업", "축산", "식량", "쌀", "과일", "채소", "물류", "택배", "배달", "유통", "편의점", "백화점", "관광", "여행", "호텔", "공연", "영화", "음악", "드라마", "방송", "출판", "전시", "미술관", "박물관", "축제", "문화재", "야구", "축구", "농구", "배구", "골프", "올림픽", "선수", "감독", "구단", "경기", "우승", "리그", "마라톤", "체육", "지역", "도시", "농촌", "지자체", "의회", "선거", "후보", "정당", "여당", "야당", "여론", "조사", "지지율", "개헌", "법안", "조례", "규제", "지원금", "보조금", "기부", "봉사", "시민단체", "종교", "언론", "기자", "신문" };

	private static final double[] ZIPF = zipf(NOUNS.length);

	private SearchBenchmark() {
	}

	private static double[] zipf(int n) {
		double[] cumulative = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			total += 1.0 / (i + 1);
			cumulative[i] = total;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= total;
		}
		return cumulative;
	}

	private static String noun(Random random) {
		int index = java.util.Arrays.binarySearch(ZIPF, random.nextDouble());
		return NOUNS[Math.min(NOUNS.length - 1, index < 0 ? -index - 1 : index)];
	}

	private static String newsSentence(Random random) {
		return noun(random) + "의 " + noun(random) + " 문제를 두고 " + noun(random) + " 관계자가 " + pick(random, VERBS) + " "
				+ noun(random) + "와 " + noun(random) + "에 대한 논의도 이어졌다.";
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		// "news" (default): a Zipf-distributed vocabulary of 204 news nouns. "narrow": 16 subjects and 16
		// objects, so that every query word is in most articles — a worst case, kept for comparison.
		boolean narrow = args.length > 1 && "narrow".equals(args[1]);
		System.out.printf("corpus: %s%n", narrow ? "narrow (16+16 words, every query word in most articles)"
				: "news (204 nouns, Zipf-distributed)");
		// -Dindex=<dir> keeps the built index there and reuses it on the next run (same count and corpus), so a
		// profile of one kind of query need not wait two minutes for the build each time.
		String kept = System.getProperty("index");
		Path dir = kept != null ? Path.of(kept) : Files.createTempDirectory("sinmun-search-bench");
		boolean reuse = kept != null && Files.isDirectory(dir.resolve("index")) && Files.list(dir.resolve("index")).findAny().isPresent();
		Random random = new Random(20261128);
		long now = System.currentTimeMillis();
		KoreanAnalyzers analyzers = new KoreanAnalyzers(null);
		IndexGeneration generation = IndexGeneration.open(dir.resolve("index"), analyzers, !reuse);
		SYNONYMS = defaultSynonyms(analyzers);
		long started = System.nanoTime();
		for (int i = 1; i <= (reuse ? 0 : count); i++) {
			StringBuilder body = new StringBuilder();
			for (int p = 0; p < 6; p++) {
				body.append("<p>");
				for (int s = 0; s < 3; s++) {
					body.append(narrow ? sentence(random) : newsSentence(random)).append(' ');
				}
				body.append("</p>");
			}
			Instant published = Instant.ofEpochMilli(now - random.nextInt(365) * 86_400_000L);
			ArticleDetail article = new ArticleDetail(i, 1, 1,
					narrow ? pick(random, SUBJECTS) + ", " + pick(random, OBJECTS) + " " + pick(random, VERBS) + " " + i
							: noun(random) + " " + noun(random) + ", " + noun(random) + " " + pick(random, VERBS) + " " + i,
					narrow ? sentence(random) : newsSentence(random), body.toString(), "", null, null, null, List.of(pick(random, OBJECTS)),
					ArticleStatus.PUBLISHED,
					published, published, published, 1, false, List.of(), List.of(), null);
			generation.writer.addDocument(ArticleDocuments.document(article, "economy", "경제", "이도윤", analyzers));
		}
		if (!reuse) {
			generation.finishBuild();
		}
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		long bytes;
		try (Stream<Path> files = Files.walk(dir)) {
			bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
		System.out.printf("index: %,d articles in %.1f s (%,.0f articles/s), %,.1f MB on disk%n", count, buildSeconds,
				count / buildSeconds, bytes / 1048576.0);

		List<String> oneWord = narrow
				? List.of("데이터센터", "기준금리", "예산안", "반도체", "통학로", "요금제", "선수단", "전시회")
				: List.of("반도체", "금리", "전세", "백신", "태풍", "청약", "마라톤", "편의점");
		List<String> threeWords = narrow
				? List.of("한빛시 예산안 확정", "가람전자 반도체 공장", "중앙은행 기준금리 연기", "청년 주택 지원", "전세 대출 줄이기로",
						"의료 인력 부족", "탄소 배출 검토", "교육청 통학로 추진")
				: List.of("정부 반도체 투자", "전세 대출 금리", "청년 일자리 지원", "병원 의사 파업", "태풍 피해 복구", "인공지능 데이터센터 전력",
						"수출 환율 관세", "학교 급식 예산");
		// Issue 19's features: event words (the newest relevant report first) and long queries that no article
		// matches entirely (the IDF-weighted minimum-should-match), both run with the default synonym dictionary.
		List<String> events = narrow ? List.of("한빛시 예산안 연기", "통학로 사고", "데이터센터 화재 발생", "선수단 피해")
				: List.of("태풍 피해", "화재 사고 발생", "지진 피해 주민", "홍수 피해 지원");
		List<String> longQueries = narrow
				? List.of("한빛시 예산안 확정 이후 주민 반응과 남은 과제", "가람전자 반도체 공장 신규 노선 검토 결과 발표 일정")
				: List.of("정부 반도체 투자 수출 환율 관세 협상 결과", "청년 일자리 고용 임금 노조 파업 합의 전망",
						"아파트 전세 대출 금리 은행 보험 세금 부담", "병원 의사 간호사 환자 백신 치료 신약 개발");
		List<String> phrases = narrow
				? List.of("\"예산안을 확정했다\"", "\"인력 부족을 호소\"", "\"실제 효과를 따져\"", "\"주민 의견을 더\"")
				: List.of("\"반도체 문제를\"", "\"전세 대출\"", "\"의료 관계자가\"", "\"기후 문제를 두고\"");
		// A server that has been up a while runs Lucene's scoring loops compiled; the first thousands of queries
		// do not. Every kind of query runs for a while before anything is measured.
		List<String> everything = new ArrayList<>(oneWord);
		everything.addAll(threeWords);
		everything.addAll(events);
		everything.addAll(longQueries);
		everything.addAll(phrases);
		long warmUntil = System.nanoTime() + Long.getLong("warm", 20_000L) * 1_000_000L;
		for (int i = 0; System.nanoTime() < warmUntil; i++) {
			run(generation, everything.get(i % everything.size()), now, false);
			run(generation, oneWord.get(i % oneWord.size()).substring(0, 2), now, true);
		}
		for (int clients : new int[] { 1, 8 }) {
			report("1 word", generation, oneWord, clients, now, false);
			report("3 words", generation, threeWords, clients, now, false);
			report("event", generation, events, clients, now, false);
			report("long", generation, longQueries, clients, now, false);
			report("phrase", generation, phrases, clients, now, false);
			report("suggest", generation, List.of("데이", "기준", "한빛시 예", "가람", "반도"), clients, now, true);
		}
		generation.close();
		if (kept == null) {
			org.apache.lucene.util.IOUtils.rm(dir);
		}
	}

	private static void report(String name, IndexGeneration generation, List<String> queries, int clients, long now,
			boolean suggest) throws Exception {
		// -Donly=long measures one kind of query (for a profile of it); -Dwarm=3000 shortens the warm-up (ms).
		if (System.getProperty("only") != null && !System.getProperty("only").equals(name)) {
			return;
		}
		int perClient = 2_000 / clients * (clients == 1 ? 1 : 2);
		// Warm-up
		for (int i = 0; i < 300; i++) {
			run(generation, queries.get(i % queries.size()), now, suggest);
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> futures = new ArrayList<>();
		long wall = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int offset = c;
			futures.add(pool.submit(() -> {
				long[] times = new long[perClient];
				for (int i = 0; i < perClient; i++) {
					long start = System.nanoTime();
					run(generation, queries.get((i + offset) % queries.size()), now, suggest);
					times[i] = System.nanoTime() - start;
				}
				return times;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> future : futures) {
			for (long time : future.get()) {
				all.add(time);
			}
		}
		double seconds = (System.nanoTime() - wall) / 1e9;
		pool.shutdown();
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%-8s %d client(s): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %,.0f queries/s%n", name, clients,
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length / seconds);
	}

	private static void run(IndexGeneration generation, String query, long now, boolean suggest) {
		if (suggest) {
			SearchEngine.suggest(generation, query, 8);
		}
		else {
			SearchEngine.search(generation, new SearchQuery(query, null, null, null, null, 1, 10), now, SYNONYMS);
		}
	}

	// The default dictionary a paper starts with, read from its migration, so that queries are expanded as on a
	// server: every feature on.
	private static SynonymMap SYNONYMS;

	private static SynonymMap defaultSynonyms(KoreanAnalyzers analyzers) throws java.io.IOException {
		String sql = Files.readString(Path.of("src/main/resources/db/migration/V202612050300__search_synonyms.sql"));
		List<SynonymEntry> entries = new ArrayList<>();
		Matcher row = Pattern.compile("\\('(GROUP|EXPANSION)', '([^']*)', (?:NULL|'([^']*)')\\)").matcher(sql);
		while (row.find()) {
			entries.add(new SynonymEntry(null, SynonymEntry.Kind.valueOf(row.group(1)), SynonymEntry.split(row.group(2)),
					SynonymEntry.split(row.group(3))));
		}
		QuerySynonyms.Loaded loaded = QuerySynonyms.build(entries, analyzers, System.nanoTime());
		System.out.printf("synonyms: %d entries of the default dictionary%n", loaded.entries());
		return loaded.map();
	}

	private static double percentile(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	private static String sentence(Random random) {
		return pick(random, SUBJECTS) + "가 " + pick(random, OBJECTS) + "을 " + pick(random, VERBS) + " "
				+ pick(random, DETAILS);
	}

	private static String pick(Random random, String[] words) {
		return words[random.nextInt(words.length)];
	}


}
