package nl.schoolveilig.security.internal;

import nl.schoolveilig.directory.Account;
import nl.schoolveilig.directory.Directory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Password logins come from the directory: a person's groups become their authorities. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

    private final Directory directory;
    private final DirectoryAuthorities authorities;

    DirectoryUserDetailsService(Directory directory, DirectoryAuthorities authorities) {
        this.directory = directory;
        this.authorities = authorities;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = directory.account(username)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities.of(account))
                .build();
    }
}
