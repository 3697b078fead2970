package nl.schoolveilig.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.schoolveilig.web.FieldProblem;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's organisation from CSV files (docs/directory-import.md): boards, communities, schools with their
 * BRIN, and people with their roles. Each good row is applied, each bad one named with what to fix; importing
 * the same files again changes nothing. Someone of a board in the people file who is no longer in it has left:
 * their roles end, their person and everything they did stay. Then the directory is announced again
 * ({@link DirectoryReady}), so the Camunda identity follows.
 */
@Service
public class OrganisationImport {

    /** The files, each with the columns it must have (others are ignored). */
    public enum File {
        BOARDS("besturen", List.of("id", "naam")),
        COMMUNITIES("gemeenschappen", List.of("id", "bestuur", "naam")),
        SCHOOLS("scholen", List.of("id", "bestuur", "gemeenschap", "naam", "brin")),
        PEOPLE("mensen", List.of("gebruikersnaam", "naam", "email", "bestuur", "rollen"));

        private final String partName;
        private final List<String> columns;

        File(String partName, List<String> columns) {
            this.partName = partName;
            this.columns = columns;
        }

        /** The file's name in the upload form and the multipart request. */
        public String partName() {
            return partName;
        }

        public List<String> columns() {
            return columns;
        }
    }

    public enum Outcome { ADDED, CHANGED, UNCHANGED, REJECTED, LEFT }

    /** @param line the row's line in its file (the header is line 1); 0 for someone who left */
    public record RowResult(String file, int line, String id, Outcome outcome, List<FieldProblem> problems) {
    }

    public record Report(int rows, int added, int changed, int unchanged, int rejected, int left, List<RowResult> results) {

        static Report of(List<RowResult> results) {
            return new Report((int) results.stream().filter(r -> r.outcome() != Outcome.LEFT).count(),
                    count(results, Outcome.ADDED), count(results, Outcome.CHANGED), count(results, Outcome.UNCHANGED),
                    count(results, Outcome.REJECTED), count(results, Outcome.LEFT), results);
        }

        private static int count(List<RowResult> results, Outcome outcome) {
            return (int) results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(OrganisationImport.class);
    /** Ids become Camunda group ids ({@code schoolleader_<school>}): letters and digits only. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]{1,40}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_]{1,60}");
    private static final Pattern BRIN = Pattern.compile("[0-9]{2}[A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OrganisationImport(JdbcTemplate jdbc, MessageSource messages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
    }

    /**
     * @param files the files given, by kind; at least one
     * @throws CsvFile.UnusableFileException when a file as a whole cannot be read (then nothing is imported)
     */
    @Transactional
    public Report importFiles(Map<File, byte[]> files) {
        Report report = apply(files);
        events.publishEvent(new DirectoryReady());
        return report;
    }

    /** The import without announcing it: for the demo seed, which announces the whole directory once it is filled. */
    @Transactional
    Report apply(Map<File, byte[]> files) {
        if (files.isEmpty()) {
            throw new CsvFile.UnusableFileException(message("directory.import.noFiles"));
        }
        Map<File, List<CSVRecord>> records = new EnumMap<>(File.class);
        files.forEach((file, bytes) -> {
            try {
                records.put(file, CsvFile.records(bytes, file.columns(), "directory.import", messages));
            } catch (CsvFile.UnusableFileException e) {
                throw new CsvFile.UnusableFileException(file.partName() + ".csv: " + e.getMessage(), file.partName());
            }
        });
        List<RowResult> results = new ArrayList<>();
        records.getOrDefault(File.BOARDS, List.of()).forEach(record -> results.add(board(record)));
        records.getOrDefault(File.COMMUNITIES, List.of()).forEach(record -> results.add(community(record)));
        records.getOrDefault(File.SCHOOLS, List.of()).forEach(record -> results.add(school(record)));
        if (records.containsKey(File.PEOPLE)) {
            Set<String> usernames = new HashSet<>();
            Set<String> complete = new HashSet<>();
            Set<String> incomplete = new HashSet<>();
            for (CSVRecord record : records.get(File.PEOPLE)) {
                RowResult result = person(record, usernames);
                results.add(result);
                (result.outcome() == Outcome.REJECTED ? incomplete : complete).add(CsvFile.value(record, "bestuur"));
                usernames.add(CsvFile.value(record, "gebruikersnaam").toLowerCase(Locale.ROOT));
            }
            // A board whose rows were not all taken is not known in full: nobody of it is taken for a leaver.
            complete.removeAll(incomplete);
            complete.remove("");
            results.addAll(leavers(complete, usernames));
        }
        Report report = Report.of(results);
        log.info("Organisation imported: {} rows, {} added, {} changed, {} unchanged, {} rejected, {} left",
                report.rows(), report.added(), report.changed(), report.unchanged(), report.rejected(), report.left());
        return report;
    }

    private RowResult board(CSVRecord record) {
        Problems problems = new Problems();
        String id = problems.id(record, "id", ID);
        String name = problems.required(record, "naam", 200);
        String policy = problems.optional(record, "beleid", 300);
        String email = problems.email(record, "contact_email", false);
        String phone = problems.optional(record, "contact_telefoon", 40);
        if (!problems.isEmpty()) {
            return problems.rejected(File.BOARDS, record, id);
        }
        List<Map<String, Object>> existing = jdbc.queryForList(
                "select name, policy_name, contact_email, contact_phone from board where id = ?", id);
        if (existing.isEmpty()) {
            jdbc.update("insert into board (id, name, policy_name, contact_email, contact_phone) values (?, ?, ?, ?, ?)",
                    id, name, policy, blankToNull(email), blankToNull(phone));
            return result(File.BOARDS, record, id, Outcome.ADDED);
        }
        Map<String, Object> row = existing.get(0);
        if (same(row, "name", name) && same(row, "policy_name", policy) && same(row, "contact_email", blankToNull(email))
                && same(row, "contact_phone", blankToNull(phone))) {
            return result(File.BOARDS, record, id, Outcome.UNCHANGED);
        }
        jdbc.update("update board set name = ?, policy_name = ?, contact_email = ?, contact_phone = ? where id = ?",
                name, policy, blankToNull(email), blankToNull(phone), id);
        return result(File.BOARDS, record, id, Outcome.CHANGED);
    }

    private RowResult community(CSVRecord record) {
        Problems problems = new Problems();
        String id = problems.id(record, "id", ID);
        String board = problems.reference(record, "bestuur", Table.BOARD, "directory.import.unknownBoard");
        String name = problems.required(record, "naam", 200);
        problems.staysWithItsBoard("community", id, board);
        if (!problems.isEmpty()) {
            return problems.rejected(File.COMMUNITIES, record, id);
        }
        List<Map<String, Object>> existing = jdbc.queryForList("select board_id, name from community where id = ?", id);
        if (existing.isEmpty()) {
            jdbc.update("insert into community (id, board_id, name) values (?, ?, ?)", id, board, name);
            return result(File.COMMUNITIES, record, id, Outcome.ADDED);
        }
        if (same(existing.get(0), "board_id", board) && same(existing.get(0), "name", name)) {
            return result(File.COMMUNITIES, record, id, Outcome.UNCHANGED);
        }
        jdbc.update("update community set board_id = ?, name = ? where id = ?", board, name, id);
        return result(File.COMMUNITIES, record, id, Outcome.CHANGED);
    }

    private RowResult school(CSVRecord record) {
        Problems problems = new Problems();
        String id = problems.id(record, "id", ID);
        String board = problems.reference(record, "bestuur", Table.BOARD, "directory.import.unknownBoard");
        String community = problems.reference(record, "gemeenschap", Table.COMMUNITY, "directory.import.unknownCommunity");
        problems.staysWithItsBoard("school", id, board);
        String name = problems.required(record, "naam", 200);
        String brin = CsvFile.value(record, "brin").toUpperCase(Locale.ROOT);
        if (!BRIN.matcher(brin).matches()) {
            problems.add("brin", "directory.import.brin", shortened(brin));
        }
        if (!community.isEmpty() && !board.isEmpty() && !problems.has("gemeenschap") && !board.equals(
                jdbc.queryForObject("select board_id from community where id = ?", String.class, community))) {
            problems.add("gemeenschap", "directory.import.communityOfAnotherBoard", community, board);
        }
        if (!problems.has("brin") && !problems.has("id") && jdbc.queryForObject(
                "select count(*) from school where brin = ? and id <> ?", Integer.class, brin, id) > 0) {
            problems.add("brin", "directory.import.brinTaken", brin);
        }
        if (!problems.isEmpty()) {
            return problems.rejected(File.SCHOOLS, record, id);
        }
        List<Map<String, Object>> existing = jdbc.queryForList(
                "select board_id, community_id, name, brin from school where id = ?", id);
        if (existing.isEmpty()) {
            jdbc.update("insert into school (id, board_id, community_id, name, brin) values (?, ?, ?, ?, ?)",
                    id, board, community, name, brin);
            return result(File.SCHOOLS, record, id, Outcome.ADDED);
        }
        Map<String, Object> row = existing.get(0);
        if (same(row, "board_id", board) && same(row, "community_id", community) && same(row, "name", name)
                && same(row, "brin", brin)) {
            return result(File.SCHOOLS, record, id, Outcome.UNCHANGED);
        }
        jdbc.update("update school set board_id = ?, community_id = ?, name = ?, brin = ? where id = ?",
                board, community, name, brin, id);
        return result(File.SCHOOLS, record, id, Outcome.CHANGED);
    }

    private RowResult person(CSVRecord record, Set<String> earlierInTheFile) {
        Problems problems = new Problems();
        String username = problems.id(record, "gebruikersnaam", USERNAME);
        String name = problems.required(record, "naam", 200);
        String email = problems.email(record, "email", true);
        String board = CsvFile.value(record, "bestuur");
        if (!board.isEmpty() && !exists(Table.BOARD, board)) {
            problems.add("bestuur", "directory.import.unknownBoard", shortened(board));
        }
        if (earlierInTheFile.contains(username)) {
            problems.add("gebruikersnaam", "directory.import.usernameTwice", username);
        }
        List<String> otherBoard = jdbc.queryForList("select board_id from person where username = ? and board_id is not null"
                + " and board_id <> ?", String.class, username, board);
        if (!otherBoard.isEmpty()) {
            problems.add("gebruikersnaam", "directory.import.personOfAnotherBoard", username, otherBoard.get(0));
        }
        if (!email.isEmpty() && jdbc.queryForObject("select count(*) from person where lower(email) = lower(?) and username <> ?",
                Integer.class, email, username) > 0) {
            problems.add("email", "directory.import.emailTaken", shortened(email));
        }
        String roleCell = CsvFile.value(record, "rollen");
        if (board.isEmpty() && !roleCell.isBlank()) {
            problems.add("bestuur", "directory.import.rolesNeedABoard");
        }
        Set<Grant> roles = roles(roleCell, board, problems);
        if (!problems.isEmpty()) {
            return problems.rejected(File.PEOPLE, record, username);
        }
        List<Map<String, Object>> existing = jdbc.queryForList(
                "select full_name, email, board_id from person where username = ?", username);
        Set<Grant> current = grantsOf(username);
        if (existing.isEmpty()) {
            jdbc.update("insert into person (username, full_name, email, password_hash, board_id) values (?, ?, ?, null, ?)",
                    username, name, email, blankToNull(board));
            roles.forEach(grant -> grant(username, grant));
            return result(File.PEOPLE, record, username, Outcome.ADDED);
        }
        Map<String, Object> row = existing.get(0);
        boolean samePerson = same(row, "full_name", name) && same(row, "email", email)
                && same(row, "board_id", blankToNull(board));
        if (samePerson && current.equals(roles)) {
            return result(File.PEOPLE, record, username, Outcome.UNCHANGED);
        }
        jdbc.update("update person set full_name = ?, email = ?, board_id = ? where username = ?",
                name, email, blankToNull(board), username);
        current.stream().filter(grant -> !roles.contains(grant)).forEach(grant -> revoke(username, grant));
        roles.stream().filter(grant -> !current.contains(grant)).forEach(grant -> grant(username, grant));
        return result(File.PEOPLE, record, username, Outcome.CHANGED);
    }

    /**
     * People of the boards the file lists in full who are not in it: their roles end, with their groups' teaching,
     * the interns they supervise or are (requests go to the school leader then) and their password; the person
     * stays for the history they are part of.
     */
    private List<RowResult> leavers(Set<String> boards, Set<String> present) {
        List<RowResult> left = new ArrayList<>();
        for (String board : boards) {
            for (String username : jdbc.queryForList("select username from person where board_id = ? order by username",
                    String.class, board)) {
                if (present.contains(username)) {
                    continue;
                }
                int ended = jdbc.update("delete from role_assignment where username = ?", username)
                        + jdbc.update("delete from group_teacher where username = ?", username)
                        + jdbc.update("delete from intern_supervision where supervisor = ? or intern = ?", username, username);
                jdbc.update("update person set password_hash = null where username = ?", username);
                if (ended > 0) {
                    left.add(new RowResult(File.PEOPLE.partName(), 0, username, Outcome.LEFT, List.of()));
                }
            }
        }
        return left;
    }

    private record Grant(Role role, String scopeId) {
    }

    /** {@code SCHOOL_LEADER@zonnewijzer|DIGICOACH@noorderkimwest}: the role (its name or group code) and where. */
    private Set<Grant> roles(String cell, String board, Problems problems) {
        Set<Grant> grants = new LinkedHashSet<>();
        for (String entry : cell.split("[|\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("@", 2);
            Optional<Role> role = role(parts[0]);
            if (role.isEmpty() || parts.length < 2 || parts[1].isBlank()) {
                problems.add("rollen", "directory.import.roleFormat", shortened(entry));
                continue;
            }
            String scope = parts[1].strip();
            String scopeBoard = boardOf(role.get().scopeType(), scope);
            if (scopeBoard == null) {
                problems.add("rollen", "directory.import.unknownScope", shortened(entry),
                        message("directory.import.scope." + role.get().scopeType()));
            } else if (!board.isEmpty() && !board.equals(scopeBoard)) {
                problems.add("rollen", "directory.import.scopeOfAnotherBoard", shortened(entry), board);
            } else {
                grants.add(new Grant(role.get(), scope));
            }
        }
        return grants;
    }

    private static Optional<Role> role(String name) {
        String wanted = name.strip();
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(wanted) || role.groupId("").equals(wanted.toLowerCase(Locale.ROOT) + "_")) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The board a scope belongs to, or null when there is no such scope. */
    private String boardOf(ScopeType type, String scope) {
        List<String> found = switch (type) {
            case BOARD -> jdbc.queryForList("select id from board where id = ?", String.class, scope);
            case COMMUNITY -> jdbc.queryForList("select board_id from community where id = ?", String.class, scope);
            case SCHOOL -> jdbc.queryForList("select board_id from school where id = ?", String.class, scope);
        };
        return found.isEmpty() ? null : found.get(0);
    }

    private Set<Grant> grantsOf(String username) {
        Set<Grant> grants = new HashSet<>();
        jdbc.query("select role, scope_id from role_assignment where username = ?",
                rs -> {
                    grants.add(new Grant(Role.valueOf(rs.getString(1)), rs.getString(2)));
                }, username);
        return grants;
    }

    private void grant(String username, Grant grant) {
        jdbc.update("insert into role_assignment (username, role, scope_type, scope_id) values (?, ?, ?, ?)",
                username, grant.role().name(), grant.role().scopeType().name(), grant.scopeId());
    }

    private void revoke(String username, Grant grant) {
        jdbc.update("delete from role_assignment where username = ? and role = ? and scope_id = ?",
                username, grant.role().name(), grant.scopeId());
    }

    /** The tables a row may point to; the name is never taken from a file. */
    private enum Table { BOARD, COMMUNITY }

    private boolean exists(Table table, String id) {
        String sql = table == Table.BOARD ? "select count(*) from board where id = ?" : "select count(*) from community where id = ?";
        return jdbc.queryForObject(sql, Integer.class, id) > 0;
    }

    private static boolean same(Map<String, Object> row, String column, String value) {
        Object stored = row.get(column);
        return Objects.equals(stored == null ? null : stored.toString(), value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static RowResult result(File file, CSVRecord record, String id, Outcome outcome) {
        return new RowResult(file.partName(), CsvFile.line(record), id, outcome, List.of());
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** What is wrong with one row, per column, in words that say what to fix. */
    private final class Problems {

        private final List<FieldProblem> list = new ArrayList<>();

        void add(String column, String code, Object... args) {
            list.add(new FieldProblem(column, message(code, args)));
        }

        boolean has(String column) {
            return list.stream().anyMatch(p -> p.field().equals(column));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        String id(CSVRecord record, String column, Pattern pattern) {
            String value = CsvFile.value(record, column).toLowerCase(Locale.ROOT);
            if (!pattern.matcher(value).matches()) {
                add(column, value.isEmpty() ? "directory.import.required" : "directory.import.id", column, shortened(value));
            }
            return value;
        }

        String required(CSVRecord record, String column, int max) {
            String value = CsvFile.value(record, column);
            if (value.isEmpty()) {
                add(column, "directory.import.required", column);
            } else if (value.length() > max) {
                add(column, "directory.import.tooLong", column, max);
            }
            return value;
        }

        String optional(CSVRecord record, String column, int max) {
            String value = CsvFile.value(record, column);
            if (value.length() > max) {
                add(column, "directory.import.tooLong", column, max);
            }
            return value;
        }

        String email(CSVRecord record, String column, boolean required) {
            String value = CsvFile.value(record, column);
            if (value.isEmpty() && required) {
                add(column, "directory.import.required", column);
            } else if (!value.isEmpty() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
                add(column, "directory.import.email", shortened(value));
            }
            return value;
        }

        /** A board or community that exists already (this import's earlier good rows included). */
        String reference(CSVRecord record, String column, Table table, String unknownCode) {
            String value = CsvFile.value(record, column);
            if (value.isEmpty()) {
                add(column, "directory.import.required", column);
            } else if (!exists(table, value)) {
                add(column, unknownCode, shortened(value));
            }
            return value;
        }

        /**
         * A school or community does not move to another board: the roles held there, the cases and requests
         * recorded there belong to the board it was part of.
         */
        void staysWithItsBoard(String table, String id, String board) {
            String sql = table.equals("school") ? "select board_id from school where id = ?"
                    : "select board_id from community where id = ?";
            List<String> current = jdbc.queryForList(sql, String.class, id);
            if (!current.isEmpty() && !board.isEmpty() && !current.get(0).equals(board)) {
                add("bestuur", "directory.import.otherBoard", id, current.get(0));
            }
        }

        RowResult rejected(File file, CSVRecord record, String id) {
            return new RowResult(file.partName(), CsvFile.line(record), id, Outcome.REJECTED, List.copyOf(list));
        }
    }
}
