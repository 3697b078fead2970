package nl.schoolveilig.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage policy (bpmn/incident-triage-<board>.dmn) against the rules of DOMAIN.md, one row per rule:
 * category, offender, victim and the ticked facts in; the answers the policy must suggest out.
 */
class TriageDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision triage;
    private static DmnDecision kempenhorst;

    @BeforeAll
    static void parsePolicy() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        triage = policyOf("noorderkim");
        kempenhorst = policyOf("kempenhorst");
    }

    private static DmnDecision policyOf(String board) throws IOException {
        try (InputStream dmn = TriageDecisionTest.class.getResourceAsStream("/bpmn/incident-triage-" + board + ".dmn")) {
            return engine.parseDecision("incident-triage-" + board, dmn);
        }
    }

    @ParameterizedTest(name = "{0}: {1} by {2} against {3}, facts [{4}] -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                          | category                 | offender      | victim   | facts                | severity | police   | owner         | legalTrack
            threat of violence              | THREAT                   | PUPIL         | PUPIL    | threatOfViolence     | CRITICAL | REQUIRED | SCHOOL_LEADER | NONE
            threatening post                | THREAT                   | EXTERNAL      | SCHOOL   |                      | HIGH     | NO       | SCHOOL_LEADER | NONE
            sexual images of minors         | SEXUAL_MISCONDUCT        | PUPIL         | PUPIL    | sexualImagesOfMinors | CRITICAL | REQUIRED | SCHOOL_LEADER | NONE
            staff sexual offence            | SEXUAL_MISCONDUCT        | EMPLOYEE      | PUPIL    |                      | CRITICAL | REQUIRED | BOARD_MEMBER  | STAFF_SEXUAL_OFFENCE
            intern sexual offence           | SEXUAL_MISCONDUCT        | INTERN        | PUPIL    |                      | CRITICAL | REQUIRED | BOARD_MEMBER  | STAFF_SEXUAL_OFFENCE
            online sexual approach of child | SEXUAL_MISCONDUCT        | EXTERNAL      | PUPIL    |                      | HIGH     | REQUIRED | SCHOOL_LEADER | NONE
            sexting between pupils          | SEXUAL_MISCONDUCT        | PUPIL         | PUPIL    |                      | HIGH     | ADVISED  | SCHOOL_LEADER | NONE
            offender is the school leader   | UNPROFESSIONAL_CONDUCT   | SCHOOL_LEADER | PARENT   |                      | MEDIUM   | NO       | BOARD_MEMBER  | OFFENDER_IS_SCHOOL_LEADER
            offender is a board member      | CONFIDENTIAL_INFORMATION | BOARD_MEMBER  | NONE     |                      | MEDIUM   | NO       | BOARD_MEMBER  | NONE
            data breach                     | DATA_BREACH              | EMPLOYEE      | PUPIL    | personalDataExposed  | HIGH     | NO       | SCHOOL_LEADER | NONE
            cyberbullying of a pupil        | CYBERBULLYING            | PUPIL         | PUPIL    |                      | MEDIUM   | NO       | SCHOOL_LEADER | NONE
            serious cyberbullying of staff  | CYBERBULLYING            | PARENT        | EMPLOYEE |                      | HIGH     | ADVISED  | SCHOOL_LEADER | NONE
            defamation                      | DEFAMATION               | PARENT        | EMPLOYEE |                      | MEDIUM   | ADVISED  | SCHOOL_LEADER | NONE
            image without consent           | IMAGE_WITHOUT_CONSENT    | EMPLOYEE      | PUPIL    |                      | MEDIUM   | NO       | SCHOOL_LEADER | NONE
            device rules                    | DEVICE_RULES             | PUPIL         | NONE     |                      | LOW      | NO       | SCHOOL_LEADER | NONE
            copyright                       | COPYRIGHT                | EMPLOYEE      | NONE     |                      | LOW      | NO       | SCHOOL_LEADER | NONE
            anything else                   | OTHER                    | UNKNOWN       | NONE     |                      | MEDIUM   | NO       | SCHOOL_LEADER | NONE
            """)
    void suggestsSeverityPoliceAndTriageOwnerPerPolicyRule(String rule, String category, String offender,
            String victim, String fact, String severity, String police, String owner, String legalTrack) {
        for (DmnDecision board : new DmnDecision[] {triage, kempenhorst}) {
            Map<String, Object> result = engine.evaluateDecision(board, variables(category, offender, victim, fact))
                    .getSingleResult().getEntryMap();

            assertThat(result).as(rule + " at " + board.getKey())
                    .containsEntry("severity", severity)
                    .containsEntry("police", police)
                    .containsEntry("triageOwner", owner)
                    .containsEntry("legalTrack", legalTrack);
        }
    }

    @ParameterizedTest(name = "triage of a {0} incident is due within {1}, and when late goes to {2}")
    @CsvSource({"CRITICAL-threat, PT4H, BOARD_MEMBER", "HIGH-data breach, P1D, BOARD_MEMBER",
            "MEDIUM-cyberbullying, P2D, DIGICOACH_AND_LEADER", "LOW-device rules, P5D, LEADER_REMINDER"})
    void triageDeadlineAndEscalationFollowSeverity(String example, String within, String escalateTo) {
        Map<String, Object> result = switch (example.substring(0, example.indexOf('-'))) {
            case "CRITICAL" -> evaluate("THREAT", "PUPIL", "PUPIL", "threatOfViolence");
            case "HIGH" -> evaluate("DATA_BREACH", "EMPLOYEE", "PUPIL", null);
            case "MEDIUM" -> evaluate("CYBERBULLYING", "PUPIL", "PUPIL", null);
            default -> evaluate("DEVICE_RULES", "PUPIL", "NONE", null);
        };

        assertThat(result).containsEntry("triageWithin", within).containsEntry("escalateTo", escalateTo);
    }

    @ParameterizedTest(name = "at Kempenhorst a {0} incident is triaged within {1}")
    @CsvSource({"CRITICAL-threat, PT4H", "HIGH-data breach, P1D", "MEDIUM-cyberbullying, P1D", "LOW-device rules, P3D"})
    void kempenhorstTriagesFasterThanNoorderkim(String example, String within) {
        Map<String, Object> variables = switch (example.substring(0, example.indexOf('-'))) {
            case "CRITICAL" -> variables("THREAT", "PUPIL", "PUPIL", "threatOfViolence");
            case "HIGH" -> variables("DATA_BREACH", "EMPLOYEE", "PUPIL", null);
            case "MEDIUM" -> variables("CYBERBULLYING", "PUPIL", "PUPIL", null);
            default -> variables("DEVICE_RULES", "PUPIL", "NONE", null);
        };

        assertThat(engine.evaluateDecision(kempenhorst, variables).getSingleResult().getEntryMap())
                .containsEntry("triageWithin", within);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | category              | offender | victim   | fact                | question          | answer
            pupil offender: inform parents               | CYBERBULLYING         | PUPIL    | NONE     |                     | informParents     | true
            pupil victim: inform parents                 | CYBERBULLYING         | EXTERNAL | PUPIL    |                     | informParents     | true
            no pupil involved: parents not informed      | DEFAMATION            | PARENT   | EMPLOYEE |                     | informParents     | false
            pupil victim: victim care                    | CYBERBULLYING         | PUPIL    | PUPIL    |                     | victimCare        | true
            parent victim: victim care                   | UNPROFESSIONAL_CONDUCT| EMPLOYEE | PARENT   |                     | victimCare        | true
            the school as victim: no victim care         | DEFAMATION            | EXTERNAL | SCHOOL   |                     | victimCare        | false
            data breach: privacy assessment              | DATA_BREACH           | UNKNOWN  | NONE     |                     | privacyAssessment | true
            personal data exposed: privacy assessment    | CYBERBULLYING         | PUPIL    | PUPIL    | personalDataExposed | privacyAssessment | true
            image by staff: privacy assessment           | IMAGE_WITHOUT_CONSENT | EMPLOYEE | PUPIL    |                     | privacyAssessment | true
            image by a pupil: no privacy assessment      | IMAGE_WITHOUT_CONSENT | PUPIL    | PUPIL    |                     | privacyAssessment | false
            content online: removal                      | CYBERBULLYING         | PUPIL    | PUPIL    | contentOnline       | contentRemoval    | true
            content offline: no removal                  | CYBERBULLYING         | PUPIL    | PUPIL    |                     | contentRemoval    | false
            media attention: press                       | THREAT                | EXTERNAL | SCHOOL   | mediaAttention      | press             | true
            no media attention: no press                 | THREAT                | EXTERNAL | SCHOOL   |                     | press             | false
            pupil offender: school involved              | CYBERBULLYING         | PUPIL    | NONE     |                     | schoolInvolved    | true
            school is victim: school involved            | DEFAMATION            | EXTERNAL | SCHOOL   |                     | schoolInvolved    | true
            in school context: school involved           | OTHER                 | EXTERNAL | NONE     | inSchoolContext     | schoolInvolved    | true
            outsiders, private time: not involved        | OTHER                 | EXTERNAL | NONE     |                     | schoolInvolved    | false
            """)
    void answersEachSafetyQuestion(String description, String category, String offender, String victim, String fact,
            String question, boolean answer) {
        for (DmnDecision board : new DmnDecision[] {triage, kempenhorst}) {
            assertThat(engine.evaluateDecision(board, variables(category, offender, victim, fact)).getSingleResult()
                    .getEntryMap()).as(description + " at " + board.getKey()).containsEntry(question, answer);
        }
    }

    private static Map<String, Object> evaluate(String category, String offender, String victim, String fact) {
        return engine.evaluateDecision(triage, variables(category, offender, victim, fact)).getSingleResult().getEntryMap();
    }

    private static Map<String, Object> variables(String category, String offender, String victim, String fact) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("category", category);
        variables.put("offenderRole", offender);
        variables.put("victimRole", victim);
        for (String name : new String[] {"threatOfViolence", "sexualImagesOfMinors", "personalDataExposed",
                "mediaAttention", "inSchoolContext", "contentOnline"}) {
            variables.put(name, name.equals(fact));
        }
        return variables;
    }
}
