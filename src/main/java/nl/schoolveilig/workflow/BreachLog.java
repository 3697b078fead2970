package nl.schoolveilig.workflow;

import java.time.Instant;

/**
 * The breach register as the privacy track writes it (AVG art. 33 lid 5: every breach, notified or
 * not). The privacy feature keeps it; the workflow hands it what the privacy officer recorded.
 */
public interface BreachLog {

    void register(Registration registration);

    void authorityNotified(String reference, String notifiedOn, String authorityReference);

    /** A confirmed breach as the privacy officer assessed it. */
    record Registration(String reference, String boardId, String schoolId, Instant reportedAt, String assessedBy,
            String description, String measures, boolean reportable, boolean highRisk) {
    }
}
