package nl.schoolveilig.security;

import java.util.List;

import nl.schoolveilig.security.internal.SpringSecurityCamundaAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in person of the current request, with their directory groups. */
@Component
public class CurrentUser {

    public String username() {
        return authentication().getName();
    }

    public List<String> groupIds() {
        return SpringSecurityCamundaAuthentication.groups(authentication());
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No logged-in user");
        }
        return authentication;
    }
}
