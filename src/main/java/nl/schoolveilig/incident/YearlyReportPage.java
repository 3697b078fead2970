package nl.schoolveilig.incident;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.security.CurrentUser;
import nl.schoolveilig.web.CsvCells;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /jaarverslag}: the yearly report as a page of server-drawn SVG bar charts (readable without
 * JavaScript), each with its numbers as a table for screen readers, and as CSV.
 */
@Controller
class YearlyReportPage {

    private final YearlyReport reports;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    YearlyReportPage(YearlyReport reports, CurrentUser currentUser, MessageSource messages) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** One bar: its label, its number, and its length as a share of the longest bar (0–100). */
    record Bar(String label, long count, int length) {
    }

    /** A chart: a title and its bars, longest first in the order given. */
    record Chart(String id, String title, List<Bar> bars) {

        public int height() {
            return Math.max(1, bars.size()) * 28;
        }
    }

    @GetMapping("/jaarverslag")
    String page(@RequestParam(name = "jaar", required = false) Integer year, Model model) {
        YearlyReport.Report report = report(year);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(report.total(), "total", locale));
        model.addAttribute("years", List.of(report.year().start() - 2, report.year().start() - 1, report.year().start(),
                report.year().start() + 1));
        return "yearly-report";
    }

    @GetMapping("/jaarverslag/export")
    void csv(@RequestParam(name = "jaar", required = false) Integer year, HttpServletResponse response) throws IOException {
        YearlyReport.Report report = report(year);
        Locale locale = LocaleContextHolder.getLocale();
        CSVPrinter csv = CsvCells.download(response, "jaarverslag-" + report.year().label() + ".csv");
        csv.printRecord(text("yearly.csv.year", locale), text("yearly.csv.scope", locale), text("yearly.csv.figure", locale),
                text("yearly.csv.item", locale), text("yearly.csv.count", locale));
        List<YearlyReport.Figures> all = new ArrayList<>();
        all.add(report.total());
        all.addAll(report.schools());
        for (YearlyReport.Figures figures : all) {
            csv.printRecord(report.year().label(), CsvCells.text(figures.name()), text("yearly.cases", locale), "", figures.cases());
            csv.printRecord(report.year().label(), CsvCells.text(figures.name()), text("yearly.closed", locale), "", figures.closed());
            for (Chart chart : charts(figures, "csv", locale)) {
                for (Bar bar : chart.bars()) {
                    csv.printRecord(report.year().label(), CsvCells.text(figures.name()), chart.title(), bar.label(), bar.count());
                }
            }
            csv.printRecord(report.year().label(), CsvCells.text(figures.name()), text("yearly.termsMet", locale), "",
                    figures.termsMetPercent() == null ? "" : figures.termsMetPercent() + "%");
            csv.printRecord(report.year().label(), CsvCells.text(figures.name()), text("yearly.medianToClose", locale), "",
                    figures.medianToClose() == null ? "" : figures.medianToClose().toHours() + " h");
        }
        csv.flush();
    }

    private YearlyReport.Report report(Integer year) {
        YearlyReport.SchoolYear schoolYear = year == null || year < 2000 || year > 2100 ? reports.currentYear()
                : new YearlyReport.SchoolYear(year);
        return reports.of(currentUser.username(), currentUser.groupIds(), schoolYear);
    }

    List<Chart> charts(YearlyReport.Figures figures, String prefix, Locale locale) {
        List<Chart> charts = new ArrayList<>();
        Map<String, Long> categories = new java.util.LinkedHashMap<>();
        figures.byCategory().forEach((c, n) -> categories.put(text("category." + c, locale), n));
        charts.add(chart(prefix + "-category", text("yearly.byCategory", locale), categories));
        Map<String, Long> severities = new java.util.LinkedHashMap<>();
        figures.bySeverity().forEach((s, n) -> severities.put(text("severity." + s, locale), n));
        charts.add(chart(prefix + "-severity", text("yearly.bySeverity", locale), severities));
        Map<String, Long> involved = new java.util.LinkedHashMap<>();
        figures.involved().forEach((i, n) -> involved.put(text("involvement." + i, locale), n));
        charts.add(chart(prefix + "-involved", text("yearly.involved", locale), involved));
        Map<String, Long> measures = new java.util.LinkedHashMap<>();
        figures.measures().forEach((role, byMeasure) -> byMeasure.forEach((measure, n) ->
                measures.put(text("personRole." + role, locale) + ": " + measure, n)));
        charts.add(chart(prefix + "-measures", text("yearly.measures", locale), measures));
        return charts;
    }

    private static Chart chart(String id, String title, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = counts.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue(), max == 0 ? 0 : (int) Math.round(100.0 * e.getValue() / max)))
                .toList();
        return new Chart(id, title, bars);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
