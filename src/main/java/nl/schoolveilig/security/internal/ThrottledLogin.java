package nl.schoolveilig.security.internal;

import java.time.Duration;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every login (the form, HTTP Basic on the APIs and the engine) checks the password against the
 * directory, unless {@link LoginThrottle} refuses the account or the address for now.
 */
class ThrottledLogin extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledLogin(LoginThrottle throttle, UserDetailsService users) {
        super(users);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String username = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var refused = throttle.refusedFor(username, address);
        if (refused.isPresent()) {
            throw new TooManyFailedLogins(refused.get());
        }
        try {
            Authentication authenticated = super.authenticate(login);
            throttle.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    /** Logins are refused for a while; {@code retryAfter} says how long. */
    static class TooManyFailedLogins extends LockedException {

        private final Duration retryAfter;

        TooManyFailedLogins(Duration retryAfter) {
            super("Too many failed logins; try again later");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }

        /** Whole minutes, rounded up, for people. */
        long minutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }
}
