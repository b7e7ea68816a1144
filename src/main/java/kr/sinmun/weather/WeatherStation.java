package kr.sinmun.weather;

/** A ticker station as administrators see and set it: ASOS number, display name and position. */
public record WeatherStation(int stn, String name, double lat, double lon) {
}
