package kr.sinmun.weather;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads API Hub's hourly ASOS text ({@code kma_sfctm2.php}): fixed-width rows between {@code #START7777} and
 * {@code #7777END}, {@code #} lines as headers. Columns are found by their names in the header line, not by
 * position, because the column set has changed over time (45 and 46 fields). Where a name repeats (RN, CA,
 * GST…), the first occurrence is the one meant (hourly rain, total cloud amount). Missing values are -9, -9.0,
 * -99.0.
 */
final class AsosText {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

	private AsosText() {
	}

	static Map<Integer, Observation> parse(String text) throws KmaException {
		Map<String, Integer> columns = null;
		Map<Integer, Observation> observations = new HashMap<>();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.startsWith("#")) {
				String[] names = trimmed.substring(1).strip().split("\\s+");
				if (columns == null && names.length > 10 && List.of(names).contains("STN") && List.of(names).contains("TA")) {
					columns = firstOccurrences(names);
				}
				continue;
			}
			if (columns == null) {
				throw new KmaException("FORMAT", "ASOS 응답에 머리글 줄이 없습니다");
			}
			String[] fields = trimmed.split("\\s+");
			if (fields.length < columns.size()) {
				continue;
			}
			Observation observation = row(fields, columns);
			if (observation != null) {
				observations.put(observation.stn(), observation);
			}
		}
		if (columns == null) {
			throw new KmaException("FORMAT", "ASOS 응답 형식을 알 수 없습니다");
		}
		return observations;
	}

	private static Map<String, Integer> firstOccurrences(String[] names) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			columns.putIfAbsent(names[i], i);
		}
		// The time column is called YYMMDDHHMI in the header; rows carry a 12-digit KST time.
		columns.putIfAbsent("TM", 0);
		return columns;
	}

	private static Observation row(String[] fields, Map<String, Integer> columns) {
		try {
			int stn = Integer.parseInt(fields[columns.get("STN")]);
			double ta = number(fields, columns, "TA");
			if (Double.isNaN(ta)) {
				return null;
			}
			String word = null;
			double ww = number(fields, columns, "WW");
			if (!Double.isNaN(ww)) {
				word = Sky.fromPresentWeather((int) ww);
			}
			if (word == null) {
				double rain = number(fields, columns, "RN");
				if (!Double.isNaN(rain) && rain > 0) {
					word = "비";
				}
			}
			if (word == null) {
				double cloud = number(fields, columns, "CA");
				word = Double.isNaN(cloud) ? null : Sky.fromCloudAmount(cloud);
			}
			String time = fields[columns.get("TM")];
			return new Observation(stn, word, ta,
					LocalDateTime.parse(time.substring(0, 12), TIME).atZone(SEOUL).toInstant());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static double number(String[] fields, Map<String, Integer> columns, String name) {
		Integer index = columns.get(name);
		if (index == null || index >= fields.length) {
			return Double.NaN;
		}
		try {
			double value = Double.parseDouble(fields[index]);
			// "Not observed" is written -9, -9.0 or -99.0. Cloud amount, rain and weather codes are never
			// negative; a temperature of -9.0 ℃ is real in a Korean winter, so only -50 and below is missing there.
			if ("TA".equals(name)) {
				return value <= -50 ? Double.NaN : value;
			}
			return value < 0 ? Double.NaN : value;
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

}
