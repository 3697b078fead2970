package nl.schoolveilig.audit.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.incident.IncidentStatus;
import nl.schoolveilig.incident.IncidentView;
import nl.schoolveilig.workflow.CasePath;
import nl.schoolveilig.workflow.OpenTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Where a case stands, in one sentence: closed (when, how), who has work on it, or what it waits for
 * and until when ("wacht tot 16 december 2026: Nazorgtermijn om; daarna: Ga na hoe het met het
 * slachtoffer gaat").
 */
@Component
class CaseStanding {

    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");

    private final CasePath path;
    private final Directory directory;
    private final MessageSource messages;

    CaseStanding(CasePath path, Directory directory, MessageSource messages) {
        this.path = path;
        this.directory = directory;
        this.messages = messages;
    }

    String of(IncidentView view, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(SCHOOL_TIME);
        if (view.status() == IncidentStatus.CLOSED && view.closing() != null) {
            return text("standing.closed", locale, day.format(view.closing().at()),
                    text("cases.outcome." + view.closing().reason(), locale));
        }
        if (!view.tasks().isEmpty()) {
            return text("standing.working", locale, view.tasks().stream().map(t -> task(t, day, locale))
                    .collect(Collectors.joining("; ")));
        }
        List<CasePath.Timer> timers = path.timers(view.reference());
        if (!timers.isEmpty()) {
            CasePath.Timer next = timers.get(0);
            return next.then() == null ? text("standing.waiting", locale, day.format(next.due()), next.name())
                    : text("standing.waitingThen", locale, day.format(next.due()), next.name(), next.then());
        }
        return text("standing.processing", locale);
    }

    /** Who holds an open task, by name: the person, or the groups that may take it. */
    String holder(OpenTask task) {
        return task.assignee() != null ? directory.displayName(task.assignee())
                : task.candidateGroups().stream().map(directory::displayName).collect(Collectors.joining(", "));
    }

    private String task(OpenTask task, DateTimeFormatter day, Locale locale) {
        String who = holder(task);
        return task.due() == null ? text("standing.task", locale, task.name(), who)
                : text("standing.taskDue", locale, task.name(), who, day.format(task.due()));
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
