package kr.sinmun.platform;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reports DOWN until startup has finished: migrations, the first administrator and demo content all run
 * before the application is ready, so a load balancer never sends a reader to a half-built site.
 */
@Component("sinmun")
class ApplicationReadiness implements HealthIndicator {

	private final AtomicBoolean ready = new AtomicBoolean();

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		ready.set(true);
	}

	@Override
	public Health health() {
		return ready.get() ? Health.up().build() : Health.down().withDetail("reason", "시작 중").build();
	}

}
