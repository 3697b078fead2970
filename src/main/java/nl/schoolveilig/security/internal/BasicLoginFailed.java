package nl.schoolveilig.security.internal;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * A failed HTTP Basic login on the APIs: 401, or 429 with {@code Retry-After} while the login
 * throttle refuses the account or address, each as problem details in the caller's language.
 * No {@code WWW-Authenticate} challenge: no browser is ever asked for, and so never keeps, Basic
 * credentials (which is why requests with an Authorization header need no CSRF token).
 */
@Component
class BasicLoginFailed implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final ObjectMapper json;

    BasicLoginFailed(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        ProblemDetail problem;
        if (failure instanceof ThrottledLogin.TooManyFailedLogins locked) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    message("login.locked", locked.minutes()));
            problem.setType(URI.create("https://schoolveilig.nl/problems/too-many-failed-logins"));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfter().toSeconds() + 1));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, message("login.failed"));
            problem.setType(URI.create("https://schoolveilig.nl/problems/login-failed"));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
