package nl.schoolveilig.audit.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.schoolveilig.directory.Directory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's trail in words, one line per entry, in the reader's language: what happened, who did it
 * (by name, not login), and what it recorded. The case page, its CSV and its PDF show these lines.
 */
@Component
class CaseTimeline {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final AuditLog log;
    private final Directory directory;
    private final MessageSource messages;

    CaseTimeline(AuditLog log, Directory directory, MessageSource messages) {
        this.log = log;
        this.directory = directory;
        this.messages = messages;
    }

    /** One line: {@code late} marks a step done after its term and a missed deadline. */
    record Line(long seq, Instant at, String kind, String title, String actor, List<Detail> details, boolean late,
            String hash) {
    }

    record Detail(String label, String value) {
    }

    List<Line> of(String reference, Locale locale) {
        return log.entries(reference).stream().map(entry -> line(entry, locale)).toList();
    }

    private Line line(AuditLog.Entry entry, Locale locale) {
        Map<String, Object> data = entry.data();
        List<Detail> details = new ArrayList<>();
        boolean late = false;
        String title;
        switch (entry.kind()) {
            case "REPORTED" -> {
                title = text("trail.REPORTED", locale, text("channel." + data.get("channel"), locale));
                details.add(new Detail(text("work.case.category", locale), text("category." + data.get("category"), locale)));
            }
            case "TASK_ASSIGNED" -> {
                boolean toPerson = !string(data.get("assignee")).isEmpty();
                title = text(toPerson ? "trail.TASK_CLAIMED" : "trail.TASK_OPEN", locale, data.get("name"));
                if (!toPerson) {
                    details.add(new Detail(text("trail.for", locale), names((Collection<?>) data.get("groups"))));
                }
                if (!string(data.get("due")).isEmpty()) {
                    details.add(new Detail(text("work.col.due", locale), DUE.format(Instant.parse(string(data.get("due"))))));
                }
            }
            case "STEP_COMPLETED" -> {
                late = Boolean.FALSE.equals(data.get("withinTerm"));
                title = text("trail.STEP_COMPLETED", locale, data.get("name"));
                for (Object field : (Collection<?>) data.getOrDefault("fields", List.of())) {
                    Map<?, ?> f = (Map<?, ?>) field;
                    String shown = string(f.get("text")).isEmpty() ? string(f.get("value")) : string(f.get("text"));
                    details.add(new Detail(string(f.get("label")), shown));
                }
                if (late) {
                    details.add(new Detail(text("work.col.due", locale), DUE.format(Instant.parse(string(data.get("due"))))
                            + " (" + text("work.case.afterTerm", locale) + ")"));
                }
            }
            case "TRIAGED" -> {
                title = text("trail.TRIAGED", locale);
                for (Object decision : (Collection<?>) data.getOrDefault("decisions", List.of())) {
                    Map<?, ?> d = (Map<?, ?>) decision;
                    String decided = answer(d.get("decided"), locale);
                    String value = Boolean.TRUE.equals(d.get("overridden"))
                            ? text("trail.overridden", locale, decided, answer(d.get("suggested"), locale), string(d.get("motivation")))
                            : decided;
                    details.add(new Detail(text("question." + d.get("question"), locale), value));
                }
            }
            case "DEADLINE_MISSED" -> {
                late = true;
                title = text("trail.DEADLINE_MISSED", locale, data.get("name"));
                details.add(new Detail(text("work.col.due", locale), DUE.format(Instant.parse(string(data.get("due"))))));
            }
            case "CLOSED" -> {
                title = text("trail.CLOSED", locale, text("cases.outcome." + data.get("reason"), locale));
                addIfPresent(details, text("trail.summary", locale), data.get("summary"));
            }
            case "MESSAGE_RECEIVED" -> {
                title = text("trail.MESSAGE_RECEIVED." + data.get("message"), locale);
                addIfPresent(details, text("trail.text", locale), data.get("text"));
            }
            case "EVIDENCE_ADDED" -> {
                title = text("trail.EVIDENCE_ADDED", locale);
                addIfPresent(details, text("work.case.description", locale), data.get("description"));
                addIfPresent(details, text("report.field.contentUrl", locale), data.get("url"));
                addIfPresent(details, text("trail.source", locale), data.get("source"));
            }
            case "TRACK_STARTED", "TRACK_ENDED", "TIMER_FIRED" -> title = text("trail." + entry.kind(), locale, data.get("name"));
            case "MESSAGE_SENT" -> {
                String audience = string(data.get("audience"));
                title = text("trail.MESSAGE_SENT", locale, "reporter".equals(audience) ? text("trail.reporter", locale)
                        : directory.displayName(audience));
                addIfPresent(details, text("trail.subject", locale), data.get("subject"));
            }
            case "ANONYMISED" -> title = text("trail.ANONYMISED", locale);
            default -> title = entry.kind();
        }
        return new Line(entry.seq(), entry.recordedAt(), entry.kind(), title,
                entry.actor() == null ? null : directory.displayName(entry.actor()), details, late, entry.hash());
    }

    private String names(Collection<?> groups) {
        return groups == null ? "" : groups.stream().map(g -> directory.displayName(g.toString()))
                .collect(Collectors.joining("; "));
    }

    private String answer(Object value, Locale locale) {
        String v = string(value);
        return switch (v) {
            case "true" -> text("answer.yes", locale);
            case "false" -> text("answer.no", locale);
            case "", "null" -> "—";
            default -> messages.getMessage("answer." + v, null, v, locale);
        };
    }

    private static void addIfPresent(List<Detail> details, String label, Object value) {
        if (!string(value).isEmpty()) {
            details.add(new Detail(label, string(value)));
        }
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
