package nl.schoolveilig.security.internal;

import java.util.ArrayList;
import java.util.List;

import nl.schoolveilig.directory.Account;
import nl.schoolveilig.directory.Directory;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logins come from the directory: a person's groups become their authorities. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

    static final String GROUP_PREFIX = "GROUP_";

    private final Directory directory;
    private final SecurityProperties properties;

    DirectoryUserDetailsService(Directory directory, SecurityProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = directory.account(username)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities(account))
                .build();
    }

    private List<GrantedAuthority> authorities(Account account) {
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
