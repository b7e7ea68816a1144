package kr.sinmun;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that always fails, to check what readers see when the server breaks. It lives in the test sources
 * only, where the application's component scan finds it; it never ships.
 */
@RestController
class FailingPageForTests {

	@GetMapping("/test-only/failure")
	String fail() {
		throw new IllegalStateException("secret internal detail: password=hunter2");
	}

}
