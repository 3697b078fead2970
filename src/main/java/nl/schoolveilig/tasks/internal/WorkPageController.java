package nl.schoolveilig.tasks.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.incident.CaseViews;
import nl.schoolveilig.requests.Requests;
import nl.schoolveilig.workflow.RequestReference;
import nl.schoolveilig.security.CurrentUser;
import nl.schoolveilig.web.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leaders' Dutch pages: "my work" (the tasks of my groups, overdue first, claim and unclaim)
 * and a task page that shows the whole case beside the task's form. Works without JavaScript.
 */
@Controller
@RequestMapping("/werk")
class WorkPageController {

    /** A checkbox that is not ticked sends nothing; the form names its checkboxes so we know. */
    static final String CHECKBOXES = "_checkboxes";

    private final TaskWork work;
    private final TaskList taskList;
    private final CaseViews cases;
    private final Requests requests;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    WorkPageController(TaskWork work, TaskList taskList, CaseViews cases, Requests requests, CurrentUser currentUser,
            java.time.Clock clock) {
        this.requests = requests;
        this.clock = clock;
        this.work = work;
        this.taskList = taskList;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @GetMapping
    String myWork(@RequestParam Map<String, String> parameters, Model model) {
        List<TaskSummary> all = taskList.workOf(currentUser.username(), currentUser.groupIds());
        WorkFilter filter = WorkFilter.of(parameters);
        model.addAttribute("tasks", filter.apply(all));
        model.addAttribute("filter", filter);
        model.addAttribute("sorts", WorkFilter.SORTS);
        model.addAttribute("schools", all.stream().filter(t -> t.schoolId() != null)
                .collect(java.util.stream.Collectors.toMap(TaskSummary::schoolId, TaskSummary::schoolName, (a, b) -> a,
                        java.util.TreeMap::new)));
        model.addAttribute("total", all.size());
        model.addAttribute("now", clock.instant());
        return "work";
    }

    @PostMapping("/taken/{id}/claim")
    String claim(@PathVariable String id, RedirectAttributes redirect) {
        try {
            work.claim(id, currentUser.username(), currentUser.groupIds());
            redirect.addFlashAttribute("notice", "work.claimed");
        } catch (TaskProblems.Conflict e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/werk/taken/" + id;
    }

    @PostMapping("/taken/{id}/unclaim")
    String unclaim(@PathVariable String id, RedirectAttributes redirect) {
        try {
            work.unclaim(id, currentUser.username(), currentUser.groupIds());
            redirect.addFlashAttribute("notice", "work.unclaimed");
        } catch (TaskProblems.Conflict e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/werk";
    }

    /** Not a task of this person (or no task at all): the same page either way, so nothing leaks. */
    @ExceptionHandler(TaskProblems.NotFound.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("conflict", null);
        return "task-gone";
    }

    @GetMapping("/taken/{id}")
    String task(@PathVariable String id, Model model, HttpServletResponse response) {
        try {
            TaskDetail detail = work.detail(id, currentUser.username(), currentUser.groupIds());
            return render(detail, detail.values(), Map.of(), model);
        } catch (TaskProblems.NotFound e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("conflict", null);
            return "task-gone";
        } catch (TaskProblems.Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", e.getMessage());
            return "task-gone";
        }
    }

    @PostMapping("/taken/{id}")
    String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String user = currentUser.username();
        List<String> groups = currentUser.groupIds();
        try {
            TaskDetail detail = work.detail(id, user, groups);
            Map<String, Object> submitted = submitted(detail, params);
            try {
                work.complete(id, user, groups, submitted);
            } catch (TaskProblems.InvalidInput e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                Map<String, Object> values = new HashMap<>(detail.values());
                values.putAll(submitted);
                return render(detail, values, errors(e.problems()), model);
            }
            redirect.addFlashAttribute("notice", "work.completed");
            redirect.addFlashAttribute("completedTask", detail.task().name() + " (" + detail.task().reference() + ")");
            return "redirect:/werk";
        } catch (TaskProblems.NotFound e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "task-gone";
        } catch (TaskProblems.Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", e.getMessage());
            return "task-gone";
        }
    }

    private String render(TaskDetail detail, Map<String, Object> values, Map<String, String> errors, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        String reference = detail.task().reference();
        if (RequestReference.is(reference)) {
            model.addAttribute("request", requests.view(currentUser.username(), reference).orElse(null));
            model.addAttribute("case", null);
        } else {
            model.addAttribute("case", cases.view(reference, currentUser.username(), currentUser.groupIds()).orElse(null));
        }
        return "task";
    }

    /** The form's input fields as the page sent them: an unticked checkbox counts as false. */
    private static Map<String, Object> submitted(TaskDetail detail, MultiValueMap<String, String> params) {
        List<String> checkboxes = params.getOrDefault(CHECKBOXES, List.of());
        Map<String, Object> submitted = new LinkedHashMap<>();
        for (TaskForm.Field field : detail.fields()) {
            if (!field.isInput()) {
                continue;
            }
            if ("checkbox".equals(field.type()) && checkboxes.contains(field.key())) {
                submitted.put(field.key(), params.containsKey(field.key()));
            } else if (params.containsKey(field.key())) {
                submitted.put(field.key(), params.getFirst(field.key()));
            }
        }
        return submitted;
    }

    private static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        return errors;
    }
}
