package nl.schoolveilig.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;
import nl.schoolveilig.web.CsvCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case list as CSV, headers and values in the reader's language. Free text goes through {@link CsvCells}.
 */
@Component
class CaseCsv {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final MessageSource messages;

    CaseCsv(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<CaseRow> rows, Locale locale, CSVPrinter csv) {
        try {
            csv.printRecord(List.of("reference", "school", "category", "severity", "status", "reportedAt", "closedAt",
                    "outcome", "openTasks", "overdueTasks", "deadlineMissed", "involved", "summary").stream()
                    .map(column -> message("cases.csv." + column, locale)).toList());
            for (CaseRow row : rows) {
                csv.printRecord(row.reference(), row.schoolName(), message("category." + row.category(), locale),
                        row.severity() == null ? "" : message("severity." + row.severity(), locale),
                        message("cases.status." + row.status(), locale), DATE_TIME.format(row.reportedAt()),
                        row.closedAt() == null ? "" : DATE_TIME.format(row.closedAt()),
                        row.outcome() == null ? "" : message("cases.outcome." + row.outcome(), locale), row.openTasks(),
                        row.overdueTasks(), message(row.deadlineMissed() ? "breach.yes" : "breach.no", locale),
                        row.involvements().stream().sorted().map(i -> message("involvement." + i, locale))
                                .collect(Collectors.joining("; ")),
                        CsvCells.text(row.summary()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
