package kr.sinmun.weather;

/**
 * Latitude and longitude to the KMA forecast grid (Lambert conformal conic, 5 km cells), with the constants of
 * the data portal's guide: RE 6371.00877 km, GRID 5 km, standard parallels 30° and 60°, origin 38°N 126°E
 * at grid (43, 136).
 */
final class KmaGrid {

	private static final double RE = 6371.00877;

	private static final double GRID = 5.0;

	private static final double SLAT1 = 30.0;

	private static final double SLAT2 = 60.0;

	private static final double OLON = 126.0;

	private static final double OLAT = 38.0;

	private static final double XO = 43;

	private static final double YO = 136;

	private static final double RADIANS = Math.PI / 180.0;

	private static final double RE_GRID = RE / GRID;

	private static final double SN;

	private static final double SF;

	private static final double RO;

	static {
		double slat1 = SLAT1 * RADIANS;
		double slat2 = SLAT2 * RADIANS;
		double olat = OLAT * RADIANS;
		double sn = Math.tan(Math.PI * 0.25 + slat2 * 0.5) / Math.tan(Math.PI * 0.25 + slat1 * 0.5);
		SN = Math.log(Math.cos(slat1) / Math.cos(slat2)) / Math.log(sn);
		double sf = Math.tan(Math.PI * 0.25 + slat1 * 0.5);
		SF = Math.pow(sf, SN) * Math.cos(slat1) / SN;
		double ro = Math.tan(Math.PI * 0.25 + olat * 0.5);
		RO = RE_GRID * SF / Math.pow(ro, SN);
	}

	private KmaGrid() {
	}

	static Cell toGrid(double lat, double lon) {
		double ra = RE_GRID * SF / Math.pow(Math.tan(Math.PI * 0.25 + lat * RADIANS * 0.5), SN);
		double theta = lon * RADIANS - OLON * RADIANS;
		if (theta > Math.PI) {
			theta -= 2.0 * Math.PI;
		}
		if (theta < -Math.PI) {
			theta += 2.0 * Math.PI;
		}
		theta *= SN;
		int nx = (int) Math.floor(ra * Math.sin(theta) + XO + 0.5);
		int ny = (int) Math.floor(RO - ra * Math.cos(theta) + YO + 0.5);
		return new Cell(nx, ny);
	}

	/** A forecast grid cell. */
	record Cell(int nx, int ny) {
	}

}
