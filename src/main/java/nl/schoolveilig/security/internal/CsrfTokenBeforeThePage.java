package nl.schoolveilig.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a page's CSRF token before the page is written. Spring Security keeps the token in the session and
 * makes it only when a form asks for it; on a long page that is after the first part of the answer went
 * out, and a request without a session yet (HTTP Basic) can then no longer get one: the page broke off
 * halfway (PupilRegisterIT). The machine endpoints and static files, which have no forms, are left alone.
 */
final class CsrfTokenBeforeThePage extends OncePerRequestFilter {

    private final RequestMatcher withoutForms;

    CsrfTokenBeforeThePage(RequestMatcher withoutForms) {
        this.withoutForms = withoutForms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod())) {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null && !withoutForms.matches(request)) {
                token.getToken();
            }
        }
        chain.doFilter(request, response);
    }
}
