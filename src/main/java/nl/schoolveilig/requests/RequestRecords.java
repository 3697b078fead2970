package nl.schoolveilig.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.workflow.DeadlineMissed;
import nl.schoolveilig.workflow.RequestReference;
import nl.schoolveilig.workflow.StepCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts on the request what each of its steps recorded, in the transaction of the step: the decision with its
 * motivation and conditions, a notice changed on request, a term that passed. The processes route on what is
 * recorded here ({@link RequestRouting#decision}).
 */
@Component
class RequestRecords {

    /** The fields of the channel notice its owner may change when the leader asks for changes. */
    private static final List<String> CHANNEL_FIELDS = List.of("platform", "channelName", "channelUrl", "audience", "startDate");

    private final SchoolRequestRepository requests;
    private final RequestHistoryRepository historyEntries;
    private final RequestService service;
    private final ApplicationEventPublisher events;

    RequestRecords(SchoolRequestRepository requests, RequestHistoryRepository historyEntries, RequestService service,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.historyEntries = historyEntries;
        this.service = service;
        this.events = events;
    }

    @EventListener(condition = RequestReference.OF_A_REQUEST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StepCompleted step) {
        SchoolRequest request = request(step.reference());
        Map<String, String> values = new LinkedHashMap<>();
        step.fields().forEach(f -> values.put(f.key(), f.value()));
        Map<String, Object> data = new LinkedHashMap<>();
        step.fields().forEach(f -> data.put(f.key(), Map.of("label", f.label(), "value", String.valueOf(f.value()),
                "text", String.valueOf(f.text()))));
        historyEntries.save(new RequestHistory(request.id(), RequestHistory.Kind.STEP_COMPLETED, step.completedAt(),
                step.completedBy(), step.taskKey(), step.taskName(), step.due(), service.write(data)));
        if (values.containsKey("decision")) {
            decided(request, values, step);
        } else if (request.type() == RequestType.STAFF_CHANNEL_NOTICE && values.containsKey("channelName")) {
            Map<String, Object> details = service.details(request);
            CHANNEL_FIELDS.forEach(name -> {
                String value = values.get(name);
                if (value == null || value.isBlank() || "null".equals(value)) {
                    details.remove(name);
                } else {
                    details.put(name, value.strip());
                }
            });
            request.resubmitted(service.write(details));
        }
    }

    @EventListener(condition = RequestReference.OF_A_REQUEST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeadlineMissed missed) {
        SchoolRequest request = request(missed.reference());
        historyEntries.save(new RequestHistory(request.id(), RequestHistory.Kind.TERM_MISSED, missed.missedAt(), null,
                missed.taskKey(), missed.taskName(), missed.due(), "{}"));
    }

    private void decided(SchoolRequest request, Map<String, String> values, StepCompleted step) {
        String decision = values.get("decision");
        if (!request.type().decisions().contains(decision)) {
            throw new IllegalStateException("Decision " + decision + " is not one of " + request.type());
        }
        if (request.type() == RequestType.INTERN_POST_PERMISSION && !"NOT_ALLOWED".equals(decision)
                && hasPupilsWithoutConsent(request) && blank(values.get("consentOverride"))) {
            // The form asks for the reason whenever it applies; this holds the rule on the record itself.
            throw new IllegalStateException("Request " + request.reference()
                    + " shows pupils without consent: allowing it needs the supervisor's reason");
        }
        String conditions = values.containsKey("conditions") ? values.get("conditions") : values.get("agreements");
        request.decided(decision, text(values.get("motivation")), text(conditions), step.completedBy(), step.completedAt());
        events.publishEvent(new RequestDecided(request.reference(), request.type(), request.boardId(), request.schoolId(),
                decision, step.completedBy(), step.completedAt()));
    }

    private boolean hasPupilsWithoutConsent(SchoolRequest request) {
        Object pupils = service.details(request).get("pupils");
        return pupils instanceof List<?> list && list.stream().anyMatch(p -> !Boolean.TRUE.equals(((Map<?, ?>) p).get("consent")));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank() || "null".equals(value);
    }

    private static String text(String value) {
        return blank(value) ? null : value;
    }

    private SchoolRequest request(String reference) {
        return requests.findByReference(reference).orElseThrow(() -> new IllegalStateException("No request " + reference));
    }
}
