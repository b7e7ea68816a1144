package kr.sinmun.weather;

/** A station of the ticker: its ASOS number, the name shown, and its position for the forecast grid. */
record Station(int stn, String name, double lat, double lon) {

	KmaGrid.Cell cell() {
		return KmaGrid.toGrid(lat, lon);
	}

}
