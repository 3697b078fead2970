package nl.schoolveilig.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schoolveilig.web.FieldProblem;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Image consent from the school's pupil administration (docs/directory-import.md): its CSV export, in
 * UTF-8 or the Windows-1252 that Dutch school systems write, separated by {@code ;} or {@code ,}. Each good
 * row adds or updates the pupil (recognised by school and pupil number), their group and their consent per
 * channel, replacing what the pupil had before; a bad row is named with what is wrong and changes nothing.
 * Importing the same file again changes nothing. Only rows of schools the importer looks after are taken.
 */
@Service
public class ImageConsentImport {

    /** The largest file taken: about ten thousand pupils. */
    public static final int MAX_BYTES = CsvFile.MAX_BYTES;
    private static final List<String> IDENTITY_COLUMNS = List.of("brin", "leerlingnummer", "naam", "groep");
    private static final Map<String, Boolean> ANSWERS = Map.ofEntries(Map.entry("ja", true), Map.entry("j", true),
            Map.entry("yes", true), Map.entry("y", true), Map.entry("true", true), Map.entry("1", true),
            Map.entry("nee", false), Map.entry("n", false), Map.entry("no", false), Map.entry("false", false),
            Map.entry("0", false));
    private static final Logger log = LoggerFactory.getLogger(ImageConsentImport.class);

    private final Directory directory;
    private final SchoolRepository schools;
    private final SchoolGroupRepository groups;
    private final PupilRepository pupils;
    private final MessageSource messages;
    private final Clock clock;

    ImageConsentImport(Directory directory, SchoolRepository schools, SchoolGroupRepository groups,
            PupilRepository pupils, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.schools = schools;
        this.groups = groups;
        this.pupils = pupils;
        this.messages = messages;
        this.clock = clock;
    }

    /** The outcome of one row. */
    public enum Outcome { ADDED, CHANGED, UNCHANGED, REJECTED }

    /** One row of the file: its line, the pupil number it names, what became of it, and what is wrong with it. */
    public record RowResult(int line, String pupilNumber, Outcome outcome, List<FieldProblem> problems) {
    }

    /** What an import did, row by row. */
    public record Report(int rows, int added, int changed, int unchanged, int rejected, List<RowResult> results) {

        static Report of(List<RowResult> results) {
            Map<Outcome, Long> counts = results.stream().collect(Collectors.groupingBy(RowResult::outcome, Collectors.counting()));
            return new Report(results.size(), count(counts, Outcome.ADDED), count(counts, Outcome.CHANGED),
                    count(counts, Outcome.UNCHANGED), count(counts, Outcome.REJECTED), results);
        }

        private static int count(Map<Outcome, Long> counts, Outcome outcome) {
            return counts.getOrDefault(outcome, 0L).intValue();
        }
    }

    /** A file that cannot be imported at all (empty, too large, not this export): what to fix. */
    /** Whether this person may import image consent: for at least one school. */
    public boolean mayImport(String username, boolean administrator) {
        return administrator || !directory.schoolsManagedBy(username).isEmpty();
    }

    /**
     * Imports the file for the schools this person looks after (all schools for an administrator).
     *
     * @throws CsvFile.UnusableFileException when the file as a whole cannot be read as the export
     */
    @Transactional
    public Report importCsv(byte[] file, String username, boolean administrator) {
        List<CSVRecord> records = records(file);
        Map<String, School> byBrin = directory.schools().stream()
                .collect(Collectors.toMap(s -> s.brin().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Set<String> managed = administrator ? byBrin.values().stream().map(School::id).collect(Collectors.toSet())
                : directory.schoolsManagedBy(username);
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<Row> good = new ArrayList<>();
        for (CSVRecord record : records) {
            int line = CsvFile.line(record);
            Row row = read(record, line, byBrin, managed);
            if (row.problems().isEmpty()) {
                Integer earlier = firstLineOfNumber.putIfAbsent(row.school().id() + "\u0000" + row.number(), line);
                if (earlier != null) {
                    row.problems().add(new FieldProblem("leerlingnummer", message("consent.import.duplicate",
                            row.number(), earlier)));
                }
            }
            if (row.problems().isEmpty()) {
                good.add(row);
            } else {
                results.add(new RowResult(line, row.number(), Outcome.REJECTED, row.problems()));
            }
        }
        results.addAll(store(good));
        results.sort(java.util.Comparator.comparingInt(RowResult::line));
        Report report = Report.of(results);
        log.info("Image consent import: {} rows, {} added, {} changed, {} unchanged, {} rejected", report.rows(),
                report.added(), report.changed(), report.unchanged(), report.rejected());
        return report;
    }

    private record Row(int line, School school, String number, String name, String group,
            Map<ImageChannel, Boolean> consent, List<FieldProblem> problems) {
    }

    private List<RowResult> store(List<Row> rows) {
        List<RowResult> results = new ArrayList<>();
        Map<String, List<Row>> bySchool = rows.stream().collect(Collectors.groupingBy(r -> r.school().id(),
                LinkedHashMap::new, Collectors.toList()));
        java.time.Instant now = clock.instant();
        bySchool.forEach((schoolId, schoolRows) -> {
            Map<String, Pupil> known = pupils.findBySchoolIdAndNumberIn(schoolId,
                    schoolRows.stream().map(Row::number).toList()).stream()
                    .collect(Collectors.toMap(Pupil::number, Function.identity()));
            Map<String, SchoolGroup> groupsByName = new HashMap<>();
            for (Row row : schoolRows) {
                SchoolGroup group = groupsByName.computeIfAbsent(row.group(), name -> groups
                        .findBySchoolIdAndName(schoolId, name).orElseGet(() -> groups.save(new SchoolGroup(schoolId, name))));
                Pupil pupil = known.get(row.number());
                Outcome outcome;
                if (pupil == null) {
                    pupil = new Pupil(schoolId, row.number(), row.name(), group.id());
                    pupil.update(row.name(), group.id(), row.consent(), now);
                    pupils.save(pupil);
                    outcome = Outcome.ADDED;
                } else {
                    outcome = pupil.update(row.name(), group.id(), row.consent(), now) ? Outcome.CHANGED : Outcome.UNCHANGED;
                }
                results.add(new RowResult(row.line(), row.number(), outcome, List.of()));
            }
        });
        return results;
    }

    private Row read(CSVRecord record, int line, Map<String, School> byBrin, Set<String> managed) {
        List<FieldProblem> problems = new ArrayList<>();
        String brin = CsvFile.value(record, "brin");
        String number = CsvFile.value(record, "leerlingnummer");
        String name = CsvFile.value(record, "naam");
        String group = CsvFile.value(record, "groep");
        School school = null;
        if (brin.isEmpty()) {
            problems.add(new FieldProblem("brin", message("consent.import.required", "brin")));
        } else {
            school = byBrin.get(brin.toUpperCase(Locale.ROOT));
            if (school == null) {
                problems.add(new FieldProblem("brin", message("consent.import.unknownSchool", brin)));
            } else if (!managed.contains(school.id())) {
                problems.add(new FieldProblem("brin", message("consent.import.notYours", school.name())));
            }
        }
        required(problems, "leerlingnummer", number, 40);
        required(problems, "naam", name, 200);
        required(problems, "groep", group, 40);
        Map<ImageChannel, Boolean> consent = new EnumMap<>(ImageChannel.class);
        for (ImageChannel channel : ImageChannel.values()) {
            String answer = CsvFile.value(record, channel.column()).toLowerCase(Locale.ROOT);
            Boolean given = ANSWERS.get(answer);
            if (given == null) {
                problems.add(new FieldProblem(channel.column(), answer.isEmpty()
                        ? message("consent.import.yesOrNoEmpty", channel.column())
                        : message("consent.import.yesOrNo", channel.column(), shortened(answer))));
            } else {
                consent.put(channel, given);
            }
        }
        return new Row(line, school, number, name, group, consent, problems);
    }

    private void required(List<FieldProblem> problems, String column, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new FieldProblem(column, message("consent.import.required", column)));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(column, message("consent.import.tooLong", column, max)));
        }
    }

    private static String shortened(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "\u2026";
    }

    private List<CSVRecord> records(byte[] file) {
        return CsvFile.records(file, expectedColumns(), "consent.import", messages);
    }

    /** The columns of the export, in the order the documentation gives them. */
    public static List<String> expectedColumns() {
        List<String> columns = new ArrayList<>(IDENTITY_COLUMNS);
        for (ImageChannel channel : ImageChannel.values()) {
            columns.add(channel.column());
        }
        return columns;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
