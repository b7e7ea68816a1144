package kr.sinmun.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL, either the operator's ({@code SINMUN_DB_URL}) or an embedded server that the
 * application starts itself under {@code <data>/postgres}, so the first run needs nothing installed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	DataDirectory dataDirectory(SinmunProperties properties) {
		return new DataDirectory(properties.dataDir());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(SinmunProperties properties, DataDirectory dataDirectory) {
		return properties.db().external() ? EmbeddedPostgresServer.notUsed()
				: EmbeddedPostgresServer.start(dataDirectory.postgres());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(SinmunProperties properties, EmbeddedPostgresServer embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("sinmun");
		config.setMaximumPoolSize(properties.db().poolSize());
		if (properties.db().external()) {
			config.setJdbcUrl(properties.db().url());
			config.setUsername(properties.db().user());
			config.setPassword(properties.db().password());
		}
		else {
			config.setJdbcUrl(embedded.jdbcUrl());
			config.setUsername("postgres");
			config.setPassword(embedded.password());
		}
		return new HikariDataSource(config);
	}

}
