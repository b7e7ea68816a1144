package kr.sinmun.weather;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KmaGridTests {

	// Reference points from the data portal's guide and its official grid table.
	@ParameterizedTest
	@CsvSource({ "37.5635694, 126.9800083, 60, 127", "35.1770194, 129.0769528, 98, 76",
			"33.4856944, 126.5003333, 52, 38", "37.488201, 126.929810, 59, 125", "37.5823014, 126.6983841, 55, 127" })
	void convertsLatitudeAndLongitudeToTheForecastGrid(double lat, double lon, int nx, int ny) {
		assertThat(KmaGrid.toGrid(lat, lon)).isEqualTo(new KmaGrid.Cell(nx, ny));
	}

}
