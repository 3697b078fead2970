package nl.schoolveilig.privacy.internal;

import java.time.Clock;

import nl.schoolveilig.workflow.BreachLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The breach register on our own table, written in the process's transaction. */
@Component
class BreachRegistry implements BreachLog {

    private final BreachRepository breaches;
    private final Clock clock;

    BreachRegistry(BreachRepository breaches, Clock clock) {
        this.breaches = breaches;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void register(Registration registration) {
        breaches.save(new Breach(registration.reference(), registration.boardId(), registration.schoolId(),
                registration.reportedAt(), clock.instant(), registration.assessedBy(), registration.description(),
                registration.measures(), registration.reportable(), registration.highRisk()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void authorityNotified(String reference, String notifiedOn, String authorityReference) {
        Breach breach = breaches.findByIncidentReference(reference)
                .orElseThrow(() -> new IllegalStateException("No breach registered for " + reference));
        breach.authorityNotified(notifiedOn, authorityReference, clock.instant());
    }
}
