package nl.schoolveilig.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each demo board's sanction catalogue (bpmn/sanctions-*.dmn), rule by rule; the boards differ. */
class SanctionCatalogueTest {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "{0}: {1} ({2}, {3}, {4} earlier) -> {5} by {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # board      | offender      | category               | severity | earlier | measure                 | decided by
            noorderkim   | PUPIL         | CYBERBULLYING          | MEDIUM   | 0       | TALK                    | SCHOOL_LEADER
            kempenhorst  | PUPIL         | CYBERBULLYING          | MEDIUM   | 0       | RESTORATIVE_TALK        | SCHOOL_LEADER
            noorderkim   | PUPIL         | DEVICE_RULES           | LOW      | 1       | AGREEMENTS_WITH_PARENTS | SCHOOL_LEADER
            kempenhorst  | PUPIL         | DEVICE_RULES           | LOW      | 1       | SUSPENSION              | BOARD_MEMBER
            noorderkim   | PUPIL         | THREAT                 | CRITICAL | 0       | SUSPENSION              | BOARD_MEMBER
            kempenhorst  | PUPIL         | THREAT                 | CRITICAL | 0       | TIME_OUT                | SCHOOL_LEADER
            noorderkim   | PUPIL         | CYBERBULLYING          | MEDIUM   | 2       | SUSPENSION              | BOARD_MEMBER
            kempenhorst  | PUPIL         | CYBERBULLYING          | MEDIUM   | 3       | EXPULSION               | BOARD_MEMBER
            noorderkim   | EMPLOYEE      | UNPROFESSIONAL_CONDUCT | MEDIUM   | 0       | TALK_EMPLOYEE           | SCHOOL_LEADER
            kempenhorst  | EMPLOYEE      | DATA_BREACH            | HIGH     | 0       | WRITTEN_WARNING         | SCHOOL_LEADER
            noorderkim   | EMPLOYEE      | UNPROFESSIONAL_CONDUCT | MEDIUM   | 1       | DISCIPLINARY            | BOARD_MEMBER
            kempenhorst  | EMPLOYEE      | SEXUAL_MISCONDUCT      | CRITICAL | 0       | DISCIPLINARY            | BOARD_MEMBER
            noorderkim   | SCHOOL_LEADER | CONFIDENTIAL_INFORMATION | MEDIUM | 0       | BOARD_MEASURE           | BOARD_MEMBER
            kempenhorst  | BOARD_MEMBER  | DEFAMATION             | MEDIUM   | 0       | BOARD_MEASURE           | BOARD_MEMBER
            noorderkim   | INTERN        | UNPROFESSIONAL_CONDUCT | MEDIUM   | 0       | INTERN_TALK             | INTERN_SUPERVISOR
            kempenhorst  | INTERN        | UNPROFESSIONAL_CONDUCT | MEDIUM   | 1       | END_INTERNSHIP          | INTERN_SUPERVISOR
            noorderkim   | INTERN        | SEXUAL_MISCONDUCT      | CRITICAL | 0       | END_INTERNSHIP          | INTERN_SUPERVISOR
            noorderkim   | PARENT        | THREAT                 | HIGH     | 0       | TALK_PARENT             | SCHOOL_LEADER
            kempenhorst  | PARENT        | THREAT                 | HIGH     | 0       | ACCESS_BAN              | SCHOOL_LEADER
            noorderkim   | PARENT        | DEFAMATION             | MEDIUM   | 1       | ACCESS_BAN              | SCHOOL_LEADER
            kempenhorst  | PARENT        | DEFAMATION             | MEDIUM   | 0       | TALK_PARENT             | SCHOOL_LEADER
            noorderkim   | EXTERNAL      | THREAT                 | HIGH     | 0       | NO_INTERNAL_MEASURE     | NONE
            kempenhorst  | UNKNOWN       | CYBERBULLYING          | MEDIUM   | 0       | NO_INTERNAL_MEASURE     | NONE
            """)
    void suggestsTheBoardsMeasureAndWhoDecides(String board, String offender, String category, String severity,
            int earlier, String measure, String decidedBy) throws IOException {
        DmnDecision catalogue;
        try (InputStream dmn = getClass().getResourceAsStream("/bpmn/sanctions-" + board + ".dmn")) {
            catalogue = ENGINE.parseDecision("sanctions-" + board, dmn);
        }

        Map<String, Object> result = ENGINE.evaluateDecision(catalogue, Map.of("offenderRole", offender,
                "category", category, "severityDecision", severity, "earlierOffences", earlier)).getSingleResult().getEntryMap();

        assertThat(result).containsEntry("measure", measure).containsEntry("decidedBy", decidedBy);
        assertThat((String) result.get("measureLabel")).isNotBlank();
    }
}
