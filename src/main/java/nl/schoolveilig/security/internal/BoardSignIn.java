package nl.schoolveilig.security.internal;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Sign-in with the board's identity provider (OpenID Connect) for people, and its access tokens as bearer
 * tokens for machine clients of {@code /api} and {@code /engine-rest}. On when
 * {@code schoolveilig.security.oidc.issuer-uri} is set; either way, who someone is in Schoolveilig and what
 * they may do come from the directory ({@link ClaimedPerson}, {@link DirectoryAuthorities}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${schoolveilig.security.oidc.issuer-uri:}'.isBlank()")
class BoardSignIn {

    static final String REGISTRATION = "bestuur";

    /** Read from the provider's discovery document at start-up: a wrong issuer stops the start, not a login. */
    @Bean
    ClientRegistrationRepository boardRegistration(OidcProperties properties) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope("openid", "profile", "email")
                .clientName(properties.providerName() == null ? REGISTRATION : properties.providerName())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /**
     * Checks signature (the provider's published keys), issuer, expiry (a minute's clock skew) and that the
     * token is meant for this application. Its keys are fetched at the first bearer token.
     */
    @Bean
    JwtDecoder bearerTokenDecoder(OidcProperties properties) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            audience -> audience != null && audience.contains(properties.expectedAudience())),
                    // An ID token is meant for this application too, and travels in the logout address
                    // (id_token_hint): it is a proof of a sign-in, never a key to the API.
                    new JwtClaimValidator<Object>(IdTokenClaimNames.NONCE, nonce -> nonce == null)));
            return decoder;
        });
    }

    @Bean
    Configurer boardSignInConfigurer(ClientRegistrationRepository registrations, JwtDecoder bearerTokenDecoder,
            ClaimedPerson claimedPerson, DirectoryAuthorities authorities) {
        return new Configurer(registrations, bearerTokenDecoder, claimedPerson, authorities);
    }

    /** What {@link SecurityConfiguration} adds to its filter chain when the board's provider is configured. */
    record Configurer(ClientRegistrationRepository registrations, JwtDecoder bearerTokenDecoder,
            ClaimedPerson claimedPerson, DirectoryAuthorities authorities) {

        void applyTo(HttpSecurity http) throws Exception {
            var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
            logout.setDefaultTargetUrl("/login?logout");
            http.oauth2Login(login -> login
                            .loginPage("/login")
                            .clientRegistrationRepository(registrations)
                            .userInfoEndpoint(user -> user.oidcUserService(
                                    new DirectoryOidcUserService(claimedPerson, authorities)))
                            .failureHandler((request, response, failure) -> response.sendRedirect(
                                    request.getContextPath() + (notInDirectory(failure)
                                            ? "/login/onbekend" : "/login?providerError"))))
                    .oauth2ResourceServer(server -> server.jwt(jwt -> jwt
                            .decoder(bearerTokenDecoder)
                            .jwtAuthenticationConverter(new DirectoryBearerTokens(claimedPerson, authorities))))
                    .logout(out -> out.logoutSuccessHandler(logout));
        }

        /** The provider's end-session page, where someone ends their sign-in there (absent when it has none). */
        java.util.Optional<String> endSession() {
            return java.util.Optional.ofNullable(registrations.findByRegistrationId(REGISTRATION).getProviderDetails()
                    .getConfigurationMetadata().get("end_session_endpoint")).map(String::valueOf);
        }

        /**
         * Where our forms may lead besides our own origin: logging out ends in the provider's end-session page
         * (a redirect after the logout form, which the Content-Security-Policy's form-action governs).
         */
        Set<String> formTargets() {
            Set<String> origins = new LinkedHashSet<>();
            registrations.findByRegistrationId(REGISTRATION).getProviderDetails().getConfigurationMetadata()
                    .entrySet().stream()
                    .filter(entry -> entry.getKey().equals("end_session_endpoint") || entry.getKey().equals("issuer"))
                    .map(entry -> URI.create(String.valueOf(entry.getValue())))
                    .forEach(uri -> origins.add(uri.getScheme() + "://" + uri.getHost()
                            + (uri.getPort() == -1 ? "" : ":" + uri.getPort())));
            return origins;
        }

        private static boolean notInDirectory(Exception failure) {
            return failure instanceof OAuth2AuthenticationException oauth
                    && DirectoryOidcUserService.NOT_IN_DIRECTORY.equals(oauth.getError().getErrorCode());
        }
    }
}
