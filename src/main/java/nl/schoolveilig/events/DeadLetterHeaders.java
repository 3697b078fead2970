package nl.schoolveilig.events;

/** Headers we add to a dead-lettered record, next to Spring Kafka's own {@code kafka_dlt-*} headers. */
public final class DeadLetterHeaders {

    /** A short code: {@code invalid-report}, {@code unreadable-event}, {@code unknown-type}, … */
    public static final String REASON = "schoolveilig-rejection-reason";
    /** What is wrong and what to fix, in English. */
    public static final String DETAIL = "schoolveilig-rejection-detail";

    private DeadLetterHeaders() {
    }
}
