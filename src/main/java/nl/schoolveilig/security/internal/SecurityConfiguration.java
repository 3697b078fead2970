package nl.schoolveilig.security.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


@Configuration
class SecurityConfiguration {

    /** Spring Security's filter chain runs at -100; Camunda's filters must see its result. */
    private static final int AFTER_SPRING_SECURITY = 201;

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'%s; frame-ancestors 'self'";

    private static final RequestMatcher MACHINE_ENDPOINTS = new OrRequestMatcher(
            new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/engine-rest/**"));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, BasicLoginFailed basicLoginFailed, SecurityProperties properties,
            ObjectProvider<BoardSignIn.Configurer> boardSignIn) throws Exception {
        if (properties.passwordLogin()) {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                            .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                    + (failure instanceof ThrottledLogin.TooManyFailedLogins locked
                                            ? "/login?locked=" + locked.minutes() : "/login?error"))))
                    .httpBasic(basic -> basic.authenticationEntryPoint(basicLoginFailed));
        }
        BoardSignIn.Configurer signIn = boardSignIn.getIfAvailable();
        String formTargets = signIn == null ? "" : signIn.formTargets().stream().map(origin -> " " + origin)
                .collect(java.util.stream.Collectors.joining());
        if (signIn != null) {
            signIn.applyTo(http);
        } else {
            http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        }
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/melden", "/melden/**", "/maatregelen/**", "/css/**", "/favicon.ico", "/login",
                                "/login/onbekend", "/privacyverklaring", "/toegankelijkheidsverklaring", "/error",
                                "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/beheer/**", "/actuator/**", "/api/directory/import").hasRole("ADMIN")
                        .requestMatchers(EngineApiAccess.administratorsOnly()).hasRole("ADMIN")
                        .anyRequest().authenticated())
                // Refusals of a logged-in person go to the error page (HTML or JSON); the resource server would
                // otherwise answer every 403, pages included, with an empty body and a Bearer challenge.
                .exceptionHandling(errors -> errors.accessDeniedHandler(new AccessDeniedHandlerImpl())
                        .defaultAuthenticationEntryPointFor(signIn == null
                        ? new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED) : new BearerTokenAuthenticationEntryPoint(),
                        MACHINE_ENDPOINTS))
                // A call that brings its own credentials (HTTP Basic or a bearer token; no page ever asks the browser for them)
                // cannot be forged by another site; one that relies on the session cookie needs the token.
                // The Camunda webapps bring their own CSRF protection.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> bringsItsOwnCredentials(request, properties.passwordLogin(), signIn != null),
                        new AntPathRequestMatcher("/camunda/**")))
                .addFilterAfter(new CsrfTokenBeforeThePage(new OrRequestMatcher(MACHINE_ENDPOINTS,
                        new AntPathRequestMatcher("/camunda/**"), new AntPathRequestMatcher("/actuator/**"),
                        new AntPathRequestMatcher("/css/**"), new AntPathRequestMatcher("/js/**"),
                        new AntPathRequestMatcher("/webjars/**"), new AntPathRequestMatcher("/favicon.ico"))), CsrfFilter.class)
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // The Camunda webapps set their own policy; ours needs no inline script or style.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new AntPathRequestMatcher("/camunda/**")),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY.formatted(formTargets)))));
        return http.build();
    }

    /** Credentials of a way in that this deployment offers, in the request itself (not a cookie). */
    private static boolean bringsItsOwnCredentials(HttpServletRequest request, boolean passwordLogin, boolean bearerTokens) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return false;
        }
        String scheme = authorization.strip().split(" ", 2)[0];
        return (passwordLogin && scheme.equalsIgnoreCase("Basic")) || (bearerTokens && scheme.equalsIgnoreCase("Bearer"));
    }

    /** The administrators' group gets every permission in the engine, as Camunda's own admin setup would. */
    @Bean
    AdministratorAuthorizationPlugin administratorAuthorizations() {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorGroupName(Groups.CAMUNDA_ADMIN);
        return plugin;
    }

    /** The one way in for the form and HTTP Basic: the directory's passwords, behind the login throttle. */
    @Bean
    ThrottledLogin throttledLogin(LoginThrottle throttle, DirectoryUserDetailsService users, PasswordEncoder passwords) {
        ThrottledLogin login = new ThrottledLogin(throttle, users);
        login.setPasswordEncoder(passwords);
        return login;
    }

    /**
     * BCrypt, stored with its {@code {bcrypt}} prefix. The cost (log rounds, 10 by default) is
     * {@code schoolveilig.security.password-hash-cost}; the tests lower it, because every request they
     * make logs in with HTTP Basic and checks a hash.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${schoolveilig.security.password-hash-cost:10}") int cost) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityCamundaAuthentication.class.getName()));
        registration.setOrder(AFTER_SPRING_SECURITY);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityCamundaAuthentication.class.getName()));
        registration.setOrder(AFTER_SPRING_SECURITY);
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
