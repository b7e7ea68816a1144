package kr.sinmun.newsroom;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class NewsroomWebConfiguration implements WebMvcConfigurer {

	private final StaffResolver staff;

	NewsroomWebConfiguration(StaffResolver staff) {
		this.staff = staff;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(staff);
	}

}
