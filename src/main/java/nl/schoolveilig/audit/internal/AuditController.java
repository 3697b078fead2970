package nl.schoolveilig.audit.internal;

import nl.schoolveilig.incident.CaseViews;
import nl.schoolveilig.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/audit}: whether a case's trail is intact, for whoever may read the case (others get 404). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog log;
    private final CaseViews cases;
    private final CurrentUser currentUser;

    AuditController(AuditLog log, CaseViews cases, CurrentUser currentUser) {
        this.log = log;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @GetMapping("/cases/{reference}/verify")
    AuditLog.Verification verify(@PathVariable String reference) {
        if (cases.view(reference, currentUser.username(), currentUser.groupIds()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No case with this reference for you");
        }
        return log.verify(reference);
    }
}
