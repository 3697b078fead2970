package nl.schoolveilig.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
    public static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
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
    public static class UnusableFileException extends RuntimeException {

        UnusableFileException(String message) {
            super(message);
        }
    }

    /** Whether this person may import image consent: for at least one school. */
    public boolean mayImport(String username, boolean administrator) {
        return administrator || !directory.schoolsManagedBy(username).isEmpty();
    }

    /**
     * Imports the file for the schools this person looks after (all schools for an administrator).
     *
     * @throws UnusableFileException when the file as a whole cannot be read as the export
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
            int line = (int) record.getRecordNumber() + 1;
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
        String brin = value(record, "brin");
        String number = value(record, "leerlingnummer");
        String name = value(record, "naam");
        String group = value(record, "groep");
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
            String answer = value(record, channel.column()).toLowerCase(Locale.ROOT);
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

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    private static String shortened(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "\u2026";
    }

    private List<CSVRecord> records(byte[] file) {
        if (file.length == 0) {
            throw new UnusableFileException(message("consent.import.empty"));
        }
        if (file.length > MAX_BYTES) {
            throw new UnusableFileException(message("consent.import.tooLarge", MAX_BYTES / 1024));
        }
        String text = decode(file);
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') >= count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true)
                .setIgnoreHeaderCase(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = new ArrayList<>();
            IDENTITY_COLUMNS.stream().filter(c -> !columns.contains(c)).forEach(missing::add);
            for (ImageChannel channel : ImageChannel.values()) {
                if (!columns.contains(channel.column())) {
                    missing.add(channel.column());
                }
            }
            if (!missing.isEmpty()) {
                throw new UnusableFileException(message("consent.import.missingColumns", String.join(", ", missing),
                        String.join(";", expectedColumns())));
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw new UnusableFileException(message("consent.import.tooManyRows", MAX_ROWS));
                }
                records.add(record);
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV's words for a header named twice or a quote that never ends.
            throw new UnusableFileException(message("consent.import.unreadable"));
        }
    }

    /** The columns of the export, in the order the documentation gives them. */
    public static List<String> expectedColumns() {
        List<String> columns = new ArrayList<>(IDENTITY_COLUMNS);
        for (ImageChannel channel : ImageChannel.values()) {
            columns.add(channel.column());
        }
        return columns;
    }

    /** UTF-8 when the bytes are UTF-8 (a byte order mark is dropped), otherwise Windows-1252. */
    static String decode(byte[] file) {
        if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
            return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, WINDOWS_1252);
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
