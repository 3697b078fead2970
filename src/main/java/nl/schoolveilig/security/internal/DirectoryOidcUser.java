package nl.schoolveilig.security.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in at the board's identity provider, known by their directory username (what tasks, cases
 * and the trail record) with their directory authorities; the provider's tokens stay for logging out there.
 */
class DirectoryOidcUser extends DefaultOidcUser {

    private final String username;

    DirectoryOidcUser(OidcUser signedIn, String username, Collection<? extends GrantedAuthority> authorities) {
        super(authorities, signedIn.getIdToken(), signedIn.getUserInfo());
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryOidcUser user && user.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
