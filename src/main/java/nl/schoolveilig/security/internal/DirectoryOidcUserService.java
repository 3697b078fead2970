package nl.schoolveilig.security.internal;

import nl.schoolveilig.directory.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** After the provider's sign-in: the directory person it names, or the "not in your board's directory" page. */
class DirectoryOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NOT_IN_DIRECTORY = "not_in_directory";

    private static final Logger log = LoggerFactory.getLogger(DirectoryOidcUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final ClaimedPerson claimedPerson;
    private final DirectoryAuthorities authorities;

    DirectoryOidcUserService(ClaimedPerson claimedPerson, DirectoryAuthorities authorities) {
        this.claimedPerson = claimedPerson;
        this.authorities = authorities;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        Account account = claimedPerson.named(signedIn.getClaims()).orElseThrow(() -> {
            // The claim's value is personal data: the log says only that it did not match.
            log.info("A sign-in at the identity provider named nobody in the directory");
            return new OAuth2AuthenticationException(new OAuth2Error(NOT_IN_DIRECTORY,
                    "The signed-in person is not in the board's directory", null));
        });
        return new DirectoryOidcUser(signedIn, account.username(), authorities.of(account));
    }
}
