package nl.schoolveilig.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseFile;

/**
 * When a task or timer of a case is due: {@code ${terms.due('VICTIM_CONVERSATION', execution)}}. The
 * term says whether it runs from now (in school days or on the calendar) or from the report; its length
 * is the board's own where the board set one and the law allows it.
 * Public because the BPMN calls it by expression.
 */
@Component("terms")
public class Terms {

    private final SchoolCalendar calendar;
    private final CaseFile cases;
    private final Map<String, Map<Term, String>> boards;

    Terms(SchoolCalendar calendar, CaseFile cases, Settings settings) {
        this.calendar = calendar;
        this.cases = cases;
        this.boards = validated(settings.boards());
    }

    public Date due(String term, DelegateExecution execution) {
        return Date.from(deadline(Term.valueOf(term), execution.getProcessBusinessKey(), ClockUtil.getCurrentTime().toInstant()));
    }

    /**
     * When a task of a request (not a case) is due, by the term of the request's board; the term runs from
     * now: {@code ${terms.dueAtBoard('PUBLICATION_ADVICE', requestRouting.board(execution))}}.
     */
    public Date dueAtBoard(String term, String boardId) {
        Term known = Term.valueOf(term);
        if (known.start() != Term.Start.NOW) {
            throw new IllegalArgumentException("Term " + term + " does not run from now in school days");
        }
        return Date.from(calendar.deadline(ClockUtil.getCurrentTime().toInstant(), termFor(boardId, known)));
    }

    Instant deadline(Term term, String reference, Instant now) {
        String length = termFor(cases.place(reference).boardId(), term);
        return switch (term.start()) {
            case NOW -> calendar.deadline(now, length);
            case NOW_CALENDAR -> now.atZone(SchoolCalendar.DUTCH_TIME).plus(Period.parse(length)).toInstant();
            case REPORT -> cases.reportedAt(reference).plus(Duration.parse(length));
        };
    }

    /** The term as the board applies it: its own setting, else the standard. */
    public String termFor(String boardId, Term term) {
        return boards.getOrDefault(boardId, Map.of()).getOrDefault(term, term.standard());
    }

    private static Map<String, Map<Term, String>> validated(Map<String, Map<Term, String>> boards) {
        boards.forEach((board, terms) -> terms.forEach((term, length) -> {
            if (term.fixedByLaw()) {
                throw new IllegalStateException("schoolveilig.terms.boards." + board + "." + term
                        + ": this term is fixed by law (" + term.standard() + ") and cannot be set per board");
            }
            if (!parses(term, length)) {
                throw new IllegalStateException("schoolveilig.terms.boards." + board + "." + term + ": '" + length
                        + "' is not an ISO-8601 term of the kind " + term.standard() + " (hours as PT4H, days as P2D)");
            }
        }));
        Map<String, Map<Term, String>> copy = new java.util.HashMap<>();
        boards.forEach((board, terms) -> copy.put(board, terms.isEmpty() ? Map.of() : new EnumMap<>(terms)));
        return copy;
    }

    private static boolean parses(Term term, String length) {
        try {
            if (length.startsWith("PT")) {
                Duration.parse(length);
                return term.start() != Term.Start.NOW_CALENDAR;
            }
            Period.parse(length);
            return term.start() != Term.Start.REPORT;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** @param boards per board id, the board's own length of the terms that are its policy */
    @ConfigurationProperties("schoolveilig.terms")
    record Settings(@DefaultValue Map<String, Map<Term, String>> boards) {
    }
}
