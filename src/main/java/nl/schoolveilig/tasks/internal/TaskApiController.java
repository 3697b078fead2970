package nl.schoolveilig.tasks.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/tasks}: the caller's work, claiming and completing, as in ARCHITECTURE.md. */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

    private static final String TYPES = "https://schoolveilig.nl/problems/";

    private final TaskWork work;
    private final TaskList taskList;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    TaskApiController(TaskWork work, TaskList taskList, CurrentUser currentUser, MessageSource messages) {
        this.work = work;
        this.taskList = taskList;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    List<TaskSummary> myWork() {
        return taskList.workOf(currentUser.username(), currentUser.groupIds());
    }

    /**
     * The case a task belongs to, in a few words (for a request's task: the request, its kind and school): what
     * Camunda Tasklist's task cards show (the card has
     * only the task's id, and the engine would show the case's variables only with a permission that
     * opens every case of the process to the reader).
     */
    @GetMapping("/{id}/case")
    TaskCase caseOf(@PathVariable String id) {
        TaskSummary task = work.summary(id, currentUser.username(), currentUser.groupIds());
        if (task.ofRequest()) {
            return new TaskCase(task.reference(), task.schoolName(), null, label("request.type.", task.requestType().name()),
                    null, null, null, "/verzoeken/" + task.reference());
        }
        return new TaskCase(task.reference(), task.schoolName(), task.category(),
                label("category.", task.category() == null ? null : task.category().name()), task.severity(),
                label("severity.", task.severity()), task.summary(),
                task.reference() == null ? null : "/zaken/" + task.reference());
    }

    @PostMapping("/{id}/claim")
    TaskSummary claim(@PathVariable String id) {
        return work.claim(id, currentUser.username(), currentUser.groupIds());
    }

    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        work.unclaim(id, currentUser.username(), currentUser.groupIds());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> fields) {
        work.complete(id, currentUser.username(), currentUser.groupIds(), fields == null ? Map.of() : fields);
        return ResponseEntity.noContent().build();
    }

    private String label(String prefix, String value) {
        return value == null ? null : messages.getMessage(prefix + value, null, value, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(TaskProblems.NotFound.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "task-not-found", message("problem.taskNotFound"));
    }

    @ExceptionHandler(TaskProblems.Conflict.class)
    ProblemDetail conflict(TaskProblems.Conflict e) {
        return problem(HttpStatus.CONFLICT, "task-conflict", e.getMessage());
    }

    @ExceptionHandler(TaskProblems.InvalidInput.class)
    ProblemDetail invalid(TaskProblems.InvalidInput e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-task-input",
                message("problem.invalidTaskInput.detail", e.problems().size()));
        problem.setProperty("errors", e.problems());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(message("problem." + type + ".title"));
        return problem;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
