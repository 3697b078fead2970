package nl.schoolveilig.requests;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request as the API answers it: what was asked, where it stands and what was decided; with its history
 * for one request, without it in a register or a list.
 */
public record RequestView(String reference, RequestType type, RequestState state, String schoolId, String schoolName,
        String requester, String requesterName, Instant submittedAt, Map<String, Object> details, String decision,
        String motivation, String conditions, String decidedBy, String decidedByName, Instant decidedAt,
        Instant endedAt, List<Entry> history) {

    /** One line of the history: what happened, when, by whom, against which term, with the step's values. */
    public record Entry(String kind, Instant at, String actor, String taskKey, String taskName, Instant due,
            Map<String, Object> data) {
    }
}
