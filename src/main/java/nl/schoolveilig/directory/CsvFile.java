package nl.schoolveilig.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A CSV file as school administrations write them: UTF-8 (with or without a byte order mark) or Windows-1252,
 * {@code ;} or {@code ,} (whichever the header uses most), a header row naming the columns in any order and
 * case. A file that cannot be read as such is refused as a whole, with a message (under the caller's message
 * prefix: {@code .empty}, {@code .tooLarge}, {@code .tooManyRows}, {@code .missingColumns}, {@code .unreadable})
 * that says what to fix.
 */
final class CsvFile {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvFile() {
    }

    /** A file refused as a whole; its message says what to fix. */
    public static class UnusableFileException extends RuntimeException {

        private final String file;

        UnusableFileException(String message) {
            this(message, "file");
        }

        UnusableFileException(String message, String file) {
            super(message);
            this.file = file;
        }

        /** Which file (the upload's part name) the message is about. */
        public String file() {
            return file;
        }
    }

    static List<CSVRecord> records(byte[] file, List<String> requiredColumns, String messages, MessageSource source) {
        if (file.length == 0) {
            throw new UnusableFileException(message(source, messages + ".empty"));
        }
        if (file.length > MAX_BYTES) {
            throw new UnusableFileException(message(source, messages + ".tooLarge", MAX_BYTES / 1024));
        }
        String text = decode(file);
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') >= count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true)
                .setIgnoreHeaderCase(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = requiredColumns.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new UnusableFileException(message(source, messages + ".missingColumns", String.join(", ", missing),
                        String.join(";", requiredColumns)));
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw new UnusableFileException(message(source, messages + ".tooManyRows", MAX_ROWS));
                }
                records.add(record);
            }
            return records;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV's words for a header named twice or a quote that never ends.
            throw new UnusableFileException(message(source, messages + ".unreadable"));
        }
    }

    /** A cell's value, stripped; empty when the column or the cell is missing. */
    static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    /** The file's line of a record: the header is line 1. */
    static int line(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
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

    private static String message(MessageSource source, String code, Object... args) {
        return source.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
