package nl.schoolveilig.incident;

import nl.schoolveilig.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/incidents")
class IncidentQueryController {

    private final CaseViews cases;
    private final CurrentUser currentUser;

    IncidentQueryController(CaseViews cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    /** A case, for people who work at its school, its community or its board; others get 404. */
    @GetMapping("/{reference}")
    IncidentView get(@PathVariable String reference) {
        return cases.view(reference, currentUser.username(), currentUser.groupIds())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case with this reference for you"));
    }
}
