package nl.schoolveilig.incident;

import nl.schoolveilig.workflow.RequestReference;
import nl.schoolveilig.workflow.StepCompleted;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.workflow.CaseFile;
import nl.schoolveilig.workflow.TriagePolicyAnswers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case record the workflow routes from and writes to, and each completed step as the checked
 * completion reports it: all in the engine's own transaction, so the case and its process never
 * disagree.
 */
@Component
class CaseRecords implements CaseFile {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final IncidentRepository incidents;
    private final CaseStepRepository steps;
    private final ObjectMapper json;

    CaseRecords(IncidentRepository incidents, CaseStepRepository steps, ObjectMapper json) {
        this.incidents = incidents;
        this.steps = steps;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Place place(String reference) {
        Incident incident = incident(reference);
        return new Place(incident.boardId(), incident.schoolId());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Place> places(java.util.Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, Place> places = new java.util.HashMap<>();
        incidents.placesOf(references).forEach(row -> places.put(row.getReference(), new Place(row.getBoardId(), row.getSchoolId())));
        return places;
    }

    @Override
    @Transactional(readOnly = true)
    public java.time.Instant reportedAt(String reference) {
        return incident(reference).reportedAt();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordTriagePolicy(String reference, Map<String, Object> suggestions, String ownerGroup) {
        Object severity = suggestions.get("severity");
        incident(reference).triaged(write(suggestions), ownerGroup, severity == null ? null : severity.toString(),
                TriagePolicyAnswers.aboutSchoolLeader(suggestions));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> triagePolicy(String reference) {
        return read(incident(reference).triagePolicy());
    }

    @Override
    @Transactional(readOnly = true)
    public String ownerGroup(String reference) {
        String owner = incident(reference).ownerGroup();
        if (owner == null) {
            throw new IllegalStateException("Case " + reference + " has no owner before its triage policy ran");
        }
        return owner;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSanctionPolicy(String reference, Map<String, Object> suggestion) {
        incident(reference).sanctionSuggested(write(suggestion));
    }

    @Override
    @Transactional(readOnly = true)
    public long earlierCasesOfOffender(String reference) {
        Incident incident = incident(reference);
        IncidentReport.Involved offender = incident.report().offender();
        return offender.name() == null ? 0 : incidents.countEarlierCasesOf(incident.boardId(), offender.role(),
                offender.name().strip().toLowerCase(java.util.Locale.ROOT), incident.reportedAt());
    }

    @EventListener(condition = RequestReference.OF_A_CASE)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StepCompleted step) {
        steps.save(new CaseStep(incident(step.reference()).id(), step));
    }

    Map<String, Object> read(String policyJson) {
        if (policyJson == null) {
            return Map.of();
        }
        try {
            return json.readValue(policyJson, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable policy record", e);
        }
    }

    private String write(Map<String, Object> policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Policy result cannot be recorded", e);
        }
    }

    private Incident incident(String reference) {
        return incidents.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No case " + reference));
    }
}
