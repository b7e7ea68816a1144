package kr.sinmun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sinmun started for {@link ReadmeConfigurationTests} in a JVM of its own, as {@code java -jar} starts it: the
 * same application class and configuration, the environment the test gave the process, nothing set from
 * inside. (It runs on the test classpath, whose few test-only beans, a query counter and a failing page, set
 * nothing.)
 * Once the application is ready it writes, for each setting named in its arguments, the value the running
 * application holds: read from the {@code @ConfigurationProperties} bean whose prefix is the longest one that
 * covers the setting (the beans actuator's {@code configprops} report lists), following the setting's names
 * through the bean's accessors. A setting that no bean holds is reported as unbound. Values are written as
 * they are, not sanitized: this JVM holds only the test's made-up secrets. It runs until the test stops it.
 * <p>
 * Arguments: the report file, then the settings ({@code sinmun.weather.apihub-key}, {@code server.port}, …).
 */
final class ReportingApplication {

	private ReportingApplication() {
	}

	public static void main(String[] args) {
		Path report = Path.of(args[0]);
		List<String> settings = Arrays.asList(args).subList(1, args.length);
		SpringApplication application = new SpringApplication(SinmunApplication.class);
		application.addListeners((ApplicationReadyEvent ready) -> write(report, ready.getApplicationContext(), settings));
		application.run();
	}

	private static void write(Path report, ApplicationContext context, List<String> settings) {
		Map<String, ConfigurationPropertiesBean> beans = ConfigurationPropertiesBean.getAll(context);
		Map<String, Object> values = new LinkedHashMap<>();
		for (String setting : settings) {
			values.put(setting, bound(beans, setting));
		}
		Map<String, Object> whole = new LinkedHashMap<>();
		whole.put("port", ((WebServerApplicationContext) context).getWebServer().getPort());
		whole.put("settings", values);
		try {
			// Written aside and moved into place, so the test never reads half a report.
			Path partial = report.resolveSibling(report.getFileName() + ".partial");
			Files.writeString(partial, JsonMapper.builder().build().writeValueAsString(whole), StandardCharsets.UTF_8);
			Files.move(partial, report, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code {"type": …, "value": …}} for a bound setting, {@code {"unbound": why}} otherwise. */
	private static Map<String, Object> bound(Map<String, ConfigurationPropertiesBean> beans, String setting) {
		// Two modules may bind parts of one prefix (the page cache and the cache policy share
		// sinmun.page-cache): the longest prefix wins, and among equals the bean that has the setting.
		List<ConfigurationPropertiesBean> holders = beans.values()
			.stream()
			.filter(bean -> covers(prefix(bean), setting))
			.sorted(Comparator.comparingInt((ConfigurationPropertiesBean bean) -> prefix(bean).length()).reversed())
			.toList();
		if (holders.isEmpty()) {
			return Map.of("unbound", "no @ConfigurationProperties bean has a prefix covering it");
		}
		Map<String, Object> first = null;
		for (ConfigurationPropertiesBean holder : holders) {
			Map<String, Object> answer = bound(holder, setting);
			if (!answer.containsKey("unbound")) {
				return answer;
			}
			first = first == null ? answer : first;
		}
		return first;
	}

	private static Map<String, Object> bound(ConfigurationPropertiesBean bean, String setting) {
		Optional<ConfigurationPropertiesBean> holder = Optional.of(bean);
		String prefix = prefix(holder.get());
		Object value = holder.get().getInstance();
		Class<?> type = value.getClass();
		String path = setting.substring(prefix.length());
		for (String name : path.isEmpty() ? new String[0] : path.substring(1).split("\\.")) {
			if (value == null) {
				return Map.of("unbound", prefix + " holds null before '" + name + "'");
			}
			Optional<Method> accessor = accessor(value.getClass(), name);
			if (accessor.isEmpty()) {
				return Map.of("unbound", "the bean for " + prefix + " (" + holder.get().getInstance().getClass().getName()
						+ ") has nothing called '" + name + "' on " + value.getClass().getName());
			}
			type = accessor.get().getReturnType();
			value = invoke(accessor.get(), value);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("bean", holder.get().getInstance().getClass().getName());
		answer.put("type", Path.class.isAssignableFrom(type) ? Path.class.getName() : type.getName());
		answer.put("value", value == null ? null : value.toString());
		return answer;
	}

	private static String prefix(ConfigurationPropertiesBean bean) {
		return bean.getAnnotation().prefix();
	}

	private static boolean covers(String prefix, String setting) {
		return setting.equals(prefix) || setting.startsWith(prefix + ".");
	}

	// A record component (apihubKey()), a getter (getTimeout()) or a boolean getter (isEnabled()).
	private static Optional<Method> accessor(Class<?> type, String kebab) {
		StringBuilder camel = new StringBuilder();
		for (String part : kebab.split("-")) {
			camel.append(camel.isEmpty() ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
		}
		String name = camel.toString();
		String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
		for (String candidate : List.of(name, "get" + capitalized, "is" + capitalized)) {
			for (Class<?> owner = type; owner != null && owner != Object.class; owner = owner.getSuperclass()) {
				try {
					Method method = owner.getDeclaredMethod(candidate);
					method.setAccessible(true);
					return Optional.of(method);
				}
				catch (NoSuchMethodException ex) {
					// try the next form, or the superclass
				}
			}
		}
		return Optional.empty();
	}

	private static Object invoke(Method accessor, Object target) {
		try {
			return accessor.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(accessor.toString(), ex);
		}
	}

}
