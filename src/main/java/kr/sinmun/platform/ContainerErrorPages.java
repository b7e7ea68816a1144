package kr.sinmun.platform;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts the Korean error answers into Tomcat itself: {@link UnreadableRequestValve} first in the engine's
 * pipeline (after Spring Boot's proxy-address valve, before the page cache's valve), and
 * {@link ContainerErrorReportValve} in place of Tomcat's English error report in the host's.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final ErrorResponses responses;

	ContainerErrorPages(ErrorResponses responses) {
		this.responses = responses;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addEngineValves(new UnreadableRequestValve(responses));
		factory.addContextCustomizers(context -> {
			// The context is already a child of its host here; the host adds its error report valve when it
			// starts, unless one of the named class is in its pipeline already.
			if (context.getParent() instanceof StandardHost host) {
				host.getPipeline().addValve(new ContainerErrorReportValve(responses));
				host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
			}
		});
	}

	// After Spring Boot's own customizer (order 0, which adds the RemoteIpValve), before the page cache's
	// valve (the lowest precedence).
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
