package kr.sinmun;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a module reaches into another's internals, when modules depend on each other in a
 * cycle, or when the dependency rules of CONVENTIONS.md are broken.
 */
class ModularityTests {

	// The user-facing modules: they use the feature modules, and no module may use them.
	private static final Set<String> EDGES = Set.of("site", "api", "newsroom", "feed", "demo");

	private final ApplicationModules modules = ApplicationModules.of(SinmunApplication.class);

	@Test
	void verifiesModuleStructure() {
		modules.verify();
	}

	@Test
	void nothingDependsOnTheUserFacingModules() {
		for (ApplicationModule module : modules) {
			List<String> used = module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.filter(EDGES::contains)
				.toList();
			assertThat(used).as("%s depends on user-facing modules", module.getName()).isEmpty();
		}
	}

	@Test
	void platformDependsOnNoFeature() {
		ApplicationModule platform = modules.getModuleByName("platform").orElseThrow();
		assertThat(platform.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName).toList())
			.isEmpty();
	}

	@Test
	void rankingKnowsArticlesOnlyThroughTheirApi() {
		ApplicationModule ranking = modules.getModuleByName("ranking").orElseThrow();
		assertThat(ranking.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName).toList())
			.contains("article").isSubsetOf("article", "platform");
	}

}
