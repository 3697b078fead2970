package nl.schoolveilig.tasks;

import java.time.Duration;
import java.util.List;

import nl.schoolveilig.incident.CaseViews;
import nl.schoolveilig.tasks.internal.TaskList;
import nl.schoolveilig.tasks.internal.TaskSummary;
import nl.schoolveilig.support.QueryCounter;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The task list and the case view read in bulk: the number of queries does not grow with the tasks. */
@SharedContextTest
class TaskListQueriesIT {

    private static final int TASKS = 50;

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskList taskList;
    @Autowired
    CaseViews cases;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void aListOfFiftyTasksTakesAsFewQueriesAsAListOfOne() throws Exception {
        List<String> groups = identity.createGroupQuery().groupMember("pdevries").list().stream().map(Group::getId).toList();
        String first = ReportApi.report(http, Reports.cyberbullying("regenboog"));
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(first).count() == 1);
        int forOne = QueryCounter.count(() -> taskList.workOf("pdevries", groups)).statements();

        String last = first;
        for (int i = 1; i < TASKS; i++) {
            last = ReportApi.report(http, Reports.cyberbullying("regenboog"));
        }
        String lastReference = last;
        await().atMost(Duration.ofSeconds(120)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(lastReference).count() == 1);
        await().atMost(Duration.ofSeconds(120)).until(() -> taskList.workOf("pdevries", groups).size() >= TASKS);
        QueryCounter.Counted<List<TaskSummary>> forMany = QueryCounter.count(() -> taskList.workOf("pdevries", groups));

        org.slf4j.LoggerFactory.getLogger(getClass()).info("Task list: {} statements for 1 task, {} for {} tasks",
                forOne, forMany.statements(), forMany.result().size());
        assertThat(forOne).as("the counter sees the queries").isPositive();
        assertThat(forMany.result()).hasSizeGreaterThanOrEqualTo(TASKS)
                .allSatisfy(t -> assertThat(t.schoolName()).isEqualTo("OBS De Regenboog"))
                .allSatisfy(t -> assertThat(t.candidateGroups()).isNotEmpty());
        assertThat(forMany.statements()).as("queries for %d tasks", forMany.result().size()).isEqualTo(forOne)
                .isLessThanOrEqualTo(8);
    }

    @Test
    void aCaseViewReadsItsTasksInAFixedNumberOfQueries() throws Exception {
        List<String> groups = identity.createGroupQuery().groupMember("pdevries").list().stream().map(Group::getId).toList();
        String reference = ReportApi.report(http, Reports.cyberbullying("regenboog"));
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference).count() == 1);

        QueryCounter.Counted<?> view = QueryCounter.count(() -> cases.view(reference, "pdevries", groups).orElseThrow());

        org.slf4j.LoggerFactory.getLogger(getClass()).info("Case view: {} statements", view.statements());
        assertThat(view.statements()).isPositive().isLessThanOrEqualTo(20);
    }
}
