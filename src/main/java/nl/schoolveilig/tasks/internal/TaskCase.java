package nl.schoolveilig.tasks.internal;

import nl.schoolveilig.incident.Category;

/**
 * The case of one task in brief: reference, school, category and severity (each with its label in the reader's
 * language), a one-line summary and where the case page is; for a request's task the request's reference,
 * school, its kind as {@code categoryLabel} and where its page is.
 */
record TaskCase(String reference, String school, Category category, String categoryLabel, String severity,
        String severityLabel, String summary, String href) {
}
