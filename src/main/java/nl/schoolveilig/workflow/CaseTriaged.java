package nl.schoolveilig.workflow;

import java.util.List;

/** The triage owner has answered the safety questions of a case. */
public record CaseTriaged(String reference, String triagedBy, List<TriageDecision> decisions) {
}
