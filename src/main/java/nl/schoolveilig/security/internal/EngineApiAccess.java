package nl.schoolveilig.security.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Camunda's REST API, at {@code /engine-rest} and under the webapps at {@code /camunda/api/engine},
 * as a person who does not administer the engine may use it: reading (which the engine's own
 * authorizations filter), the task list's queries, and on a task exactly claim, give back and
 * complete. Every other call that changes something (messages, signals, variables, candidates,
 * assignee, comments, bpmnError, deployments, …) is for administrators only, whatever the engine's
 * authorizations would allow; the engine checks again underneath (docs/security.md).
 */
final class EngineApiAccess {

    private static final Pattern ENGINE_API = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)?$");
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<Pattern> TASK_HOLDER_CALLS = List.of(
            Pattern.compile("/task/[^/]+/(claim|unclaim|complete|submit-form)"),
            // Queries with a body: the task list and its counts.
            Pattern.compile("/task(/count)?"),
            Pattern.compile("/filter/[^/]+/(list|count|singleResult)"),
            Pattern.compile("/history/(task|user-operation)(/count)?"));

    private EngineApiAccess() {
    }

    /** A call to the engine's REST API that only an engine administrator may make. */
    static RequestMatcher administratorsOnly() {
        return EngineApiAccess::isAdministratorsOnly;
    }

    private static boolean isAdministratorsOnly(HttpServletRequest request) {
        Matcher engineApi = ENGINE_API.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!engineApi.matches() || READING.contains(request.getMethod())) {
            return false;
        }
        String path = engineApi.group(1) == null ? "/" : engineApi.group(1);
        return TASK_HOLDER_CALLS.stream().noneMatch(call -> call.matcher(path).matches());
    }
}
