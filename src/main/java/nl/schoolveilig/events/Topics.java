package nl.schoolveilig.events;

/** The Kafka topics of the public contract (ARCHITECTURE.md). */
public final class Topics {

    public static final String REPORTED = "school-incidents.reported.v1";
    public static final String UPDATES = "school-incidents.updates.v1";
    public static final String LIFECYCLE = "school-incidents.lifecycle.v1";
    public static final String REQUESTS_LIFECYCLE = "school-requests.lifecycle.v1";
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }
}
