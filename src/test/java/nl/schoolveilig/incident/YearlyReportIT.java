package nl.schoolveilig.incident;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import nl.schoolveilig.workflow.CaseTasks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The yearly report counts the school year's cases per board and school, for the board all of them, for
 * the auditor the closed ones, for another board none; its charts are SVG with the numbers as a table,
 * and its CSV holds the same numbers.
 */
@SharedContextTest
class YearlyReportIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;
    @Autowired
    JdbcTemplate sql;

    private Document page(String user) {
        return Jsoup.parse(http.withBasicAuth(user, "demo").getForObject("/jaarverslag", String.class));
    }

    private long total(String user) {
        return Long.parseLong(page(user).selectFirst("#total-cases").text());
    }

    @Test
    void newCasesCountForTheirBoardAndSchoolAndAClosedOneForTheAuditor() throws Exception {
        long board = total("ksmit");
        long auditor = total("jvermeulen");
        long otherBoard = total("fdejong");

        ReportApi.report(http, Reports.cyberbullying("regenboog"));
        String closed = ReportApi.report(http, Reports.report("regenboog", "OTHER", "EXTERNAL", "NONE"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(closed).isEmpty());
        assertThat(TaskApi.complete(http, "pdevries", tasks.openTasks(closed).get(0).id(), Map.of("schoolInvolvedDecision",
                false, "schoolInvolvedMotivation", "Buiten school.", "adviceToReporter", "Meld het bij het platform."))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(
                sql.queryForObject("select status from incident where reference = ?", String.class, closed)));

        assertThat(total("ksmit")).isEqualTo(board + 2);
        assertThat(total("jvermeulen")).isEqualTo(auditor + 1);
        assertThat(total("fdejong")).isEqualTo(otherBoard);
        Document report = page("ksmit");
        assertThat(report.select("svg.bars[role=img]")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.select("table.numbers th").eachText()).contains("Cyberpesten", "Iets anders", "Politie".toLowerCase());
        assertThat(report.select("#per-school tbody tr").eachText()).anyMatch(r -> r.contains("OBS De Regenboog"))
                .noneMatch(r -> r.contains("Vlinderbos"));

        byte[] body = http.withBasicAuth("ksmit", "demo").getForObject("/jaarverslag/export", byte[].class);
        List<CSVRecord> rows = CSVParser.parse(new String(body, StandardCharsets.UTF_8).substring(1), CSVFormat.RFC4180)
                .getRecords();
        assertThat(rows.get(0).get(0)).isEqualTo("Schooljaar");
        long csvTotal = rows.stream().filter(r -> r.get(2).equals("Zaken") && !r.get(1).startsWith("Basis") && !r.get(1).startsWith("OBS"))
                .mapToLong(r -> Long.parseLong(r.get(4))).findFirst().orElseThrow();
        assertThat(csvTotal).isEqualTo(board + 2);
    }

    @Test
    void aCaseAboutTheSchoolLeaderCountsForTheBoardButNotInTheLeadersReport() {
        long leader = total("ijansen");
        long board = total("ksmit");

        String aboutLeader = ReportApi.report(http, Reports.report("zonnewijzer", "UNPROFESSIONAL_CONDUCT", "SCHOOL_LEADER", "EMPLOYEE"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(
                sql.queryForObject("select board_only from incident where reference = ?", Boolean.class, aboutLeader)));

        assertThat(total("ksmit")).isEqualTo(board + 1);
        assertThat(total("ijansen")).isEqualTo(leader);
    }

    @Test
    void theMedianOfAnEvenNumberOfDurationsIsTheMeanOfTheMiddleTwo() {
        assertThat(YearlyReport.median(List.of(Duration.ofHours(1), Duration.ofHours(5), Duration.ofHours(3), Duration.ofHours(9))))
                .isEqualTo(Duration.ofHours(4));
        assertThat(YearlyReport.median(List.of(Duration.ofHours(2)))).isEqualTo(Duration.ofHours(2));
        assertThat(YearlyReport.median(List.of())).isNull();
    }
}
