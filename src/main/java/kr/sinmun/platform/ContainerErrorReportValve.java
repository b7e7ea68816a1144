package kr.sinmun.platform;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Takes the place of Tomcat's English "HTTP Status 400 – Bad Request" page in the host's pipeline. Errors
 * inside the web application are answered by {@link ErrorPages} before this runs; whatever is left (an error
 * no application error page could answer) gets the same Korean answer with the security headers.
 */
final class ContainerErrorReportValve extends ErrorReportValve {

	private final ErrorResponses responses;

	ContainerErrorReportValve(ErrorResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			responses.write(request, response, status);
		}
		catch (IOException ex) {
			// CASE: the client has gone; there is no one to show the page to.
		}
	}

}
