package nl.schoolveilig.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts a run's table into docs/benchmarks.md between its markers, keeping the rest of the page. */
final class Benchmarks {

    static final String START = "<!-- bench:latest:start -->";
    static final String END = "<!-- bench:latest:end -->";

    private Benchmarks() {
    }

    static void write(Path page, String table) throws IOException {
        String text = Files.exists(page) ? Files.readString(page) : "# Benchmarks\n\n" + START + "\n" + END + "\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            text = text + "\n" + START + "\n" + END + "\n";
            start = text.indexOf(START);
            end = text.indexOf(END);
        }
        Files.writeString(page, text.substring(0, start + START.length()) + "\n" + table + "\n" + text.substring(end));
    }
}
