package nl.schoolveilig.security.internal;

import java.util.ArrayList;
import java.util.List;

import nl.schoolveilig.directory.Account;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What a person may do comes from the directory, however they logged in (password, the board's identity
 * provider, a bearer token): their role groups, and the administrator's role when the settings name them.
 */
@Component
class DirectoryAuthorities {

    static final String GROUP_PREFIX = "GROUP_";

    private final SecurityProperties properties;

    DirectoryAuthorities(SecurityProperties properties) {
        this.properties = properties;
    }

    List<GrantedAuthority> of(Account account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        account.groupIds().forEach(group -> authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + group)));
        if (isAdministrator(account.username())) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
            authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + Groups.CAMUNDA_ADMIN));
        }
        return authorities;
    }

    boolean isAdministrator(String username) {
        return properties.administrators().contains(username);
    }
}
