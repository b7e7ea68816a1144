package kr.sinmun.weather;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class StationRepository {

	private final JdbcClient jdbc;

	StationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Station> findAll() {
		return jdbc.sql("SELECT stn, name, lat, lon FROM weather_stations ORDER BY position")
			.query((rs, n) -> new Station(rs.getInt("stn"), rs.getString("name"), rs.getDouble("lat"),
					rs.getDouble("lon")))
			.list();
	}

	@Transactional
	void replaceAll(List<Station> stations) {
		jdbc.sql("DELETE FROM weather_stations").update();
		for (int i = 0; i < stations.size(); i++) {
			Station station = stations.get(i);
			jdbc.sql("INSERT INTO weather_stations (position, stn, name, lat, lon) VALUES (:position, :stn, :name, :lat, :lon)")
				.param("position", i + 1)
				.param("stn", station.stn())
				.param("name", station.name())
				.param("lat", station.lat())
				.param("lon", station.lon())
				.update();
		}
	}

}
