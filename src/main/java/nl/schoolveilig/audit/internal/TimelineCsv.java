package nl.schoolveilig.audit.internal;

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

/** A case's timeline as CSV: one row per trail entry, with its hash so a reader can hold it against {@code verify}. */
@Component
class TimelineCsv {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final MessageSource messages;

    TimelineCsv(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<CaseTimeline.Line> lines, Locale locale, CSVPrinter csv) {
        try {
            csv.printRecord(List.of("seq", "at", "kind", "what", "who", "details", "late", "hash").stream()
                    .map(c -> messages.getMessage("timeline.csv." + c, null, c, locale)).toList());
            for (CaseTimeline.Line line : lines) {
                csv.printRecord(line.seq(), AT.format(line.at()), line.kind(), CsvCells.text(line.title()),
                        line.actor() == null ? "" : CsvCells.text(line.actor()),
                        CsvCells.text(line.details().stream().map(d -> d.label() + ": " + d.value()).collect(Collectors.joining(" | "))),
                        messages.getMessage(line.late() ? "answer.yes" : "answer.no", null, locale), line.hash());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
