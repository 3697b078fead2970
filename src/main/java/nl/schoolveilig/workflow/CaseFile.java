package nl.schoolveilig.workflow;

import java.util.Map;

/**
 * The stored case as the workflow needs it: where the case belongs, and what the policy suggested
 * and to whom the case went when that was decided. The process routes and keeps tenancy from here,
 * never from a process variable, because a variable is something a person in Tasklist or on the
 * engine's REST API might try to change. The incident feature implements it on its own tables, in
 * the engine's transaction.
 */
public interface CaseFile {

    /** The board and school of the case, as recorded when it was reported. */
    Place place(String reference);

    /** The board and school of each of these cases, in one query; unknown references are absent. */
    java.util.Map<String, Place> places(java.util.Collection<String> references);

    /** When the incident was reported: legal terms such as the breach notification run from here. */
    java.time.Instant reportedAt(String reference);

    /**
     * Records the triage policy's answers (the DMN result as evaluated) and the group that owns the
     * case from now on: the school leader, or the board when a legal track applies.
     */
    void recordTriagePolicy(String reference, Map<String, Object> suggestions, String ownerGroup);

    /** The triage policy's answers as recorded; empty before the policy ran. */
    Map<String, Object> triagePolicy(String reference);

    /** The group that owns the case (the triage owner). */
    String ownerGroup(String reference);

    /**
     * Earlier cases at the same board with an offender of the same role and the same name (ignoring
     * case and spacing); none without a name, as nobody is recognised then.
     */
    long earlierCasesOfOffender(String reference);

    /** Records what the board's sanction catalogue suggested (measure, who decides). */
    void recordSanctionPolicy(String reference, Map<String, Object> suggestion);

    record Place(String boardId, String schoolId) {
    }
}
