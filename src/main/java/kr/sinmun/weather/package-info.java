/**
 * The masthead weather ticker from the Korea Meteorological Administration: hourly ASOS observations from
 * API Hub, with the data portal's nowcast as a second source. API: {@link kr.sinmun.weather.WeatherTicker}
 * with {@link kr.sinmun.weather.WeatherReport}. Refreshed in the background, never on a reader's request;
 * without a key nothing is shown, and no weather is ever made up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Weather")
package kr.sinmun.weather;
