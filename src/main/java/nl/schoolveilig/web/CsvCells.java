package nl.schoolveilig.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** What every CSV export does: the download itself, and what goes into a cell of free text. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Starts a CSV download (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
     * accents). The caller prints its records and flushes the printer; the container closes the response.
     */
    public static CSVPrinter download(HttpServletResponse response, String filename) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return new CSVPrinter(out, CSVFormat.RFC4180);
    }

    /**
     * OWASP's advice against CSV injection: a cell that starts with =, +, -, @, a tab or a carriage return
     * is a formula to a spreadsheet program, so it is written as text (a leading apostrophe).
     */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
