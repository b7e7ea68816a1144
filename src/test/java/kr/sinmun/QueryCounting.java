package kr.sinmun;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.awaitility.Awaitility.await;

/**
 * Counts the SQL statements one HTTP request runs, for tests that guard against N+1 queries. A request sent
 * with {@code X-Count-Queries: <key>} is counted; background work on other threads is not. Test sources only.
 */
@Configuration(proxyBeanMethods = false)
public class QueryCounting {

	public static final String HEADER = "X-Count-Queries";

	private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();

	private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	/** The number of statements the request sent with this key ran. */
	public static int count(String key) {
		// The response reaches the client before the filter's last line runs: wait for it briefly.
		return await("statements counted for " + key).atMost(Duration.ofSeconds(2)).pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(5))
			.until(() -> COUNTS.get(key), Objects::nonNull);
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return Proxy.newProxyInstance(QueryCounting.class.getClassLoader(),
						new Class<?>[] { DataSource.class, AutoCloseable.class }, (proxy, method, args) -> {
							try {
								Object result = method.invoke(dataSource, args);
								return result instanceof Connection connection ? counting(connection) : result;
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(QueryCounting.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					AtomicInteger counter = CURRENT.get();
					if (counter != null && STATEMENT_METHODS.contains(method.getName())) {
						counter.incrementAndGet();
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> queryCountingFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String key = request.getHeader(HEADER);
						if (key == null) {
							chain.doFilter(request, response);
							return;
						}
						AtomicInteger counter = new AtomicInteger();
						CURRENT.set(counter);
						try {
							chain.doFilter(request, response);
						}
						finally {
							CURRENT.remove();
							COUNTS.put(key, counter.get());
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
