package nl.schoolveilig.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Dutch unless the person chose English ({@code ?lang=en}, kept in a cookie). API clients may ask
     * for English with {@code Accept-Language}; browsers' own language does not override Dutch pages.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("schoolveilig-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            Locale requested = request.getLocale();
            return api && request.getHeader("Accept-Language") != null && "en".equals(requested.getLanguage())
                    ? Locale.ENGLISH : DUTCH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** A report timed a few minutes "in the future" is a clock difference, not a mistake. */
    @Bean
    ValidationConfigurationCustomizer clockSkewTolerance() {
        return configuration -> configuration.addProperty("hibernate.validator.temporal_validation_tolerance",
                String.valueOf(Duration.ofMinutes(5).toMillis()));
    }
}
