package nl.schoolveilig.requests;

import java.util.List;

/** The kinds of request, each with the process that handles it and the decisions its decider can take. */
public enum RequestType {

    /** An employee tells the school leader about a private "juf/meester" channel that uses the school. */
    STAFF_CHANNEL_NOTICE("staff-channel-notice", List.of("ACKNOWLEDGED", "CHANGES_REQUESTED")),
    /** An intern asks the intern supervisor to post about the school or its pupils. */
    INTERN_POST_PERMISSION("intern-post-permission", List.of("ALLOWED", "ALLOWED_WITH_CONDITIONS", "NOT_ALLOWED")),
    /** An employee in doubt asks before publishing (bij twijfel). Advice, not a permission. */
    PUBLICATION_CHECK("publication-check", List.of("PUBLISH", "CHANGE", "DO_NOT_PUBLISH")),
    /** A pupil's smartphone, smartwatch or other smart device at school, allowed beforehand by the teacher. */
    DEVICE_PERMISSION("device-permission", List.of("ALLOWED", "NOT_ALLOWED"));

    private final String processKey;
    private final List<String> decisions;

    RequestType(String processKey, List<String> decisions) {
        this.processKey = processKey;
        this.decisions = decisions;
    }

    public String processKey() {
        return processKey;
    }

    /** The values the decider's form offers for {@code decision}. */
    public List<String> decisions() {
        return decisions;
    }
}
