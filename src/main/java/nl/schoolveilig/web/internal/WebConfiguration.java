package nl.schoolveilig.web.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
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
     * Dutch unless the person chose English ({@code ?lang=en}, kept in a cookie). API clients, and
     * Tasklist through the engine's REST API, may ask for English with {@code Accept-Language};
     * browsers' own language does not override Dutch pages.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("schoolveilig-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
            Locale requested = request.getLocale();
            return api && request.getHeader("Accept-Language") != null && "en".equals(requested.getLanguage())
                    ? Locale.ENGLISH : DUTCH;
        });
        return resolver;
    }

    /**
     * Spring's request context for every request, with the language rule above instead of the
     * browser's language: also for what answers outside Spring MVC (Camunda's REST API, also behind
     * Tasklist, and Spring Security's login answers), so their messages read in Dutch by default.
     * Being the one RequestContextFilter, it replaces the ones Spring MVC and Jersey would register.
     */
    @Bean
    OrderedRequestContextFilter requestContextFilter(LocaleResolver locales) {
        return new OrderedRequestContextFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                super.doFilterInternal(request, response, (req, res) -> {
                    LocaleContextHolder.setLocale(locales.resolveLocale(request));
                    chain.doFilter(req, res);
                });
            }
        };
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
