package nl.schoolveilig.nodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.processes.AppHttp;
import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.CaseCounts;
import nl.schoolveilig.processes.EngineCounts;
import nl.schoolveilig.processes.LifecycleTopic;
import nl.schoolveilig.processes.PostgresSchema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * P5: two application nodes on one PostgreSQL database and one Kafka broker, in one consumer group, with
 * the report topic's four partitions. A burst of reports becomes exactly one case per report with one triage
 * task each; both nodes take partitions, cases and engine jobs (the test prints how many); a triage task the
 * engine created on one node is completed through the other; every lifecycle event is on the topic exactly
 * once and per case in the stored order, although both nodes run the outbox relay; and every queued mail
 * reaches the SMTP server exactly once, although both nodes run the mail relay.
 */
@Tag("nodes")
@EnabledIf(value = "nl.schoolveilig.support.PostgresTest$Support#postgresAnswers", disabledReason = "No PostgreSQL on 127.0.0.1:5432")
class TwoNodesIT {

    private static final int REPORTS = 1000;
    private static final int PARTITIONS = 4;
    private static final List<String> SCHOOLS = List.of("zonnewijzer", "regenboog", "vlinderbos", "klimop");
    private static final List<String> NODES = List.of("node-a", "node-b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoNodesShareTheWorkWithoutLosingOrDoublingACaseAnEventOrAMail() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "p5-").toAbsolutePath();
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try (PostgresSchema schema = PostgresSchema.fresh("p5");
                BrokerProcess broker = new BrokerProcess(dir.resolve("broker")).start();
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            List<AppProcess> nodes = new ArrayList<>();
            try {
                for (String node : NODES) {
                    Map<String, String> properties = new HashMap<>(schema.appProperties(5432));
                    properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
                    properties.put("spring.kafka.client-id", node);
                    properties.put("schoolveilig.node-id", node);
                    properties.put("camunda.bpm.generic-properties.properties.hostname", node);
                    properties.put("spring.mail.host", "127.0.0.1");
                    properties.put("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
                    nodes.add(new AppProcess(dir.resolve(node), properties).start());
                }
                AppProcess a = nodes.get(0);
                AppProcess b = nodes.get(1);
                Map<String, Integer> partitions = awaitBothNodesInTheIntakeGroup(admin);

                Burst burst = new Burst(broker.bootstrapServers(), SCHOOLS).sendSpread(REPORTS, PARTITIONS);
                assertThat(burst.acknowledged()).hasSize(REPORTS);
                new EngineCounts(a.baseUrl()).awaitTriageTasks(REPORTS, a, Duration.ofSeconds(90), Duration.ofMinutes(15));

                CaseCounts counts = schema.caseCounts();
                assertThat(counts.missing(burst.acknowledged())).as("accepted reports without a case").isEmpty();
                assertThat(counts.cases()).as("cases").isEqualTo(REPORTS);
                assertThat(counts.casesWithoutExactlyOneTriageTask()).as("cases without exactly one triage task").isZero();

                Map<String, Long> casesPerNode = Map.of("node-a", a.newCases(), "node-b", b.newCases());
                Map<String, Long> jobsPerNode = successfulJobsPerHost(schema);
                System.out.printf("P5: %d reports, %d cases; intake partitions per node %s, cases taken in per node %s,"
                        + " engine jobs run per node %s%n", REPORTS, counts.cases(), partitions, casesPerNode, jobsPerNode);
                assertThat(casesPerNode.values()).as("cases taken in per node").allMatch(n -> n > 0);
                assertThat(casesPerNode.values().stream().mapToLong(Long::longValue).sum()).as("cases taken in")
                        .isEqualTo(REPORTS);
                assertThat(jobsPerNode).as("engine jobs run per node").containsOnlyKeys(NODES)
                        .allSatisfy((node, jobs) -> assertThat(jobs).isPositive());

                String task = triageTaskStartedOn(schema, "node-a", "zonnewijzer");
                assertThat(AppHttp.postJson(b, "ijansen", "/api/tasks/" + task + "/complete",
                        "{\"severityDecision\":\"MEDIUM\"}").statusCode())
                        .as("completing on node-b a task node-a created").isEqualTo(204);
                JsonNode done = JSON.readTree(AppHttp.get(a, "beheerder", "/engine-rest/history/task?taskId=" + task).body());
                assertThat(done.get(0).get("deleteReason").asText()).as("the task as node-a sees it").isEqualTo("completed");

                for (AppProcess node : nodes) {
                    await().atMost(Duration.ofMinutes(3)).until(() -> AppHttp.meter(node, "schoolveilig_outbox_backlog") == 0
                            && AppHttp.meter(node, "schoolveilig_mail_backlog") == 0);
                }
            } finally {
                nodes.forEach(AppProcess::stop);
            }

            List<ConsumerRecord<String, byte[]>> relayed = LifecycleTopic.readUntil(broker.bootstrapServers(), records -> true);
            Map<String, List<String>> stored = LifecycleTopic.storedIdsPerCase(schema.url(5432), "postgres", "");
            assertThat(relayed).as("lifecycle records: each stored event exactly once")
                    .hasSize(stored.values().stream().mapToInt(List::size).sum());
            assertThat(LifecycleTopic.firstReadIdsPerCase(relayed)).as("per case, the stored events in the stored order")
                    .isEqualTo(stored);

            Map<String, Integer> sent = mailsInTheOutbox(schema);
            Map<String, Integer> received = mailsReceived(smtp);
            System.out.printf("P5: %d lifecycle events relayed, %d mails sent%n", relayed.size(),
                    sent.values().stream().mapToInt(Integer::intValue).sum());
            assertThat(sent).as("mails queued").isNotEmpty();
            assertThat(received).as("mails received per recipient and subject, against the outbox's sent mails")
                    .isEqualTo(sent);
        } finally {
            smtp.stop();
        }
    }

    /** Waits until both nodes are members of the intake's consumer group with partitions; the partitions per node. */
    private static Map<String, Integer> awaitBothNodesInTheIntakeGroup(Admin admin) {
        Map<String, Integer> partitions = new TreeMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            partitions.clear();
            for (MemberDescription member : admin.describeConsumerGroups(List.of("report-intake")).all()
                    .get(10, TimeUnit.SECONDS).get("report-intake").members()) {
                long reportPartitions = member.assignment().topicPartitions().stream()
                        .filter(p -> p.topic().equals(Topics.REPORTED)).count();
                partitions.merge(member.clientId().replaceAll("-\\d+$", ""), (int) reportPartitions, Integer::sum);
            }
            return partitions.keySet().containsAll(NODES) && partitions.values().stream().allMatch(n -> n > 0)
                    && partitions.values().stream().mapToInt(Integer::intValue).sum() == PARTITIONS;
        });
        return partitions;
    }

    /** Engine jobs that ran to success, per node (the engine's job log names the node as its host). */
    private static Map<String, Long> successfulJobsPerHost(PostgresSchema schema) throws SQLException {
        Map<String, Long> jobs = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(schema.url(5432), "postgres", "");
                ResultSet rows = db.createStatement().executeQuery(
                        "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")) {
            while (rows.next()) {
                jobs.put(rows.getString(1), rows.getLong(2));
            }
        }
        return jobs;
    }

    /** An open triage task of a case at the school whose process the given node's job executor took forward. */
    private static String triageTaskStartedOn(PostgresSchema schema, String node, String school) throws SQLException {
        try (Connection db = DriverManager.getConnection(schema.url(5432), "postgres", "");
                PreparedStatement query = db.prepareStatement("""
                        select t.id_ from act_ru_task t
                          join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_
                          join act_hi_procinst root on root.proc_inst_id_ = p.root_proc_inst_id_
                          join incident i on i.reference = root.business_key_
                        where t.task_def_key_ = 'TriageIncident' and i.school_id = ?
                          and exists (select 1 from act_hi_job_log j where j.root_proc_inst_id_ = p.root_proc_inst_id_
                                      and j.job_state_ = 2 and j.hostname_ = ?)
                        fetch first 1 rows only""")) {
            query.setString(1, school);
            query.setString(2, node);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a triage task at %s created by %s", school, node).isTrue();
                return row.getString(1);
            }
        }
    }

    private static Map<String, Integer> mailsInTheOutbox(PostgresSchema schema) throws SQLException {
        Map<String, Integer> mails = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(schema.url(5432), "postgres", "");
                ResultSet rows = db.createStatement().executeQuery("select recipient, subject, status from mail_message")) {
            while (rows.next()) {
                assertThat(rows.getString(3)).as("status of the mail to %s: %s", rows.getString(1), rows.getString(2))
                        .isEqualTo("SENT");
                mails.merge(rows.getString(1) + " | " + rows.getString(2), 1, Integer::sum);
            }
        }
        return mails;
    }

    private static Map<String, Integer> mailsReceived(GreenMail smtp) throws Exception {
        Map<String, Integer> mails = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            mails.merge(message.getRecipients(Message.RecipientType.TO)[0] + " | " + message.getSubject(), 1, Integer::sum);
        }
        return mails;
    }
}
