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
            victim not known yet: victim care            | CYBERBULLYING         | PUPIL    | UNKNOWN  |                     | victimCare        | true
            nobody harmed: no victim care                | DEVICE_RULES          | PUPIL    | NONE     |                     | victimCare        | false
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

    /**
     * ../shared/design/DOMAIN.md, sentence by sentence: each row names the sentence it checks, a report
     * that falls under it, and the answer both boards' policies must suggest.
     */
    @ParameterizedTest(name = "DOMAIN.md: \"{0}\" ({1} by {2} against {3} [{4}]) -> {5} = {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence in DOMAIN.md                                                  | category               | offender      | victim   | facts                          | answer            | value
            Suggest yes when a pupil ... of the school is offender                   | CYBERBULLYING          | PUPIL         | NONE     |                                | schoolInvolved    | true
            Suggest yes when ... an employee or intern of the school is offender     | UNPROFESSIONAL_CONDUCT | INTERN        | NONE     |                                | schoolInvolved    | true
            Suggest yes when a pupil, employee ... of the school is ... victim       | DEFAMATION             | EXTERNAL      | EMPLOYEE |                                | schoolInvolved    | true
            or it happened in school time, on a school device or channel             | OTHER                  | EXTERNAL      | NONE     | inSchoolContext                | schoolInvolved    | true
            or it concerns the school's reputation                                   | DEFAMATION             | EXTERNAL      | SCHOOL   |                                | schoolInvolved    | true
            (none of these: the grey zone leans private)                             | OTHER                  | EXTERNAL      | NONE     |                                | schoolInvolved    | false
            Whenever a pupil is offender ...: inform the parents                     | DEVICE_RULES           | PUPIL         | NONE     |                                | informParents     | true
            Whenever a pupil is ... victim: inform the parents                       | CYBERBULLYING          | EXTERNAL      | PUPIL    |                                | informParents     | true
            Police required: threat of violence                                      | CYBERBULLYING          | PUPIL         | PUPIL    | threatOfViolence               | police            | REQUIRED
            Police required: sexual images of minors                                 | SEXUAL_MISCONDUCT      | PUPIL         | PUPIL    | sexualImagesOfMinors           | police            | REQUIRED
            Police required: sextortion                                              | SEXUAL_MISCONDUCT      | EXTERNAL      | PUPIL    |                                | police            | REQUIRED
            Police required: online sexual approach of a child under 16              | SEXUAL_MISCONDUCT      | UNKNOWN       | PUPIL    |                                | police            | REQUIRED
            Police required: the staff-sexual-offence track                          | SEXUAL_MISCONDUCT      | EMPLOYEE      | PUPIL    |                                | police            | REQUIRED
            Police advised (victim decides): defamation                              | DEFAMATION             | PARENT        | EMPLOYEE |                                | police            | ADVISED
            Police advised (victim decides): serious cyberbullying of staff          | CYBERBULLYING          | PUPIL         | EMPLOYEE |                                | police            | ADVISED
            Police advised (victim decides): hacked accounts                         | OTHER                  | UNKNOWN       | PUPIL    | accountHacked                  | police            | ADVISED
            Police advised (victim decides): hacked accounts                         | DATA_BREACH            | UNKNOWN       | NONE     | accountHacked personalDataExposed | police         | ADVISED
            (no crime in sight: no police)                                           | CYBERBULLYING          | PUPIL         | PUPIL    |                                | police            | NO
            Whenever a person is a victim: a conversation with the victim            | CYBERBULLYING          | PUPIL         | PUPIL    |                                | victimCare        | true
            Whenever a person is a victim (staff too)                                | DEFAMATION             | PARENT        | EMPLOYEE |                                | victimCare        | true
            Whenever a person is a victim (parents too)                              | UNPROFESSIONAL_CONDUCT | EMPLOYEE      | PARENT   |                                | victimCare        | true
            (the school as victim is not a person)                                   | DEFAMATION             | EXTERNAL      | SCHOOL   |                                | victimCare        | false
            When media attention is reported at intake ... a press task              | THREAT                 | EXTERNAL      | SCHOOL   | mediaAttention                 | press             | true
            Online content still online -> the digicoach helps to get it removed     | CYBERBULLYING          | PUPIL         | PUPIL    | contentOnline                  | contentRemoval    | true
            Sexual offence by staff against a pupil (teacher, other staff)           | SEXUAL_MISCONDUCT      | EMPLOYEE      | PUPIL    |                                | legalTrack        | STAFF_SEXUAL_OFFENCE
            Sexual offence by staff against a pupil (... and by our policy interns)  | SEXUAL_MISCONDUCT      | INTERN        | PUPIL    |                                | legalTrack        | STAFF_SEXUAL_OFFENCE
            Tasks go straight to the board; the school leader is not the triage owner | SEXUAL_MISCONDUCT     | EMPLOYEE      | PUPIL    |                                | triageOwner       | BOARD_MEMBER
            Offender is the school leader -> the board takes the triage              | UNPROFESSIONAL_CONDUCT | SCHOOL_LEADER | PARENT   |                                | triageOwner       | BOARD_MEMBER
            Data breach ... by the school or its staff -> the privacy officer assesses | DATA_BREACH          | EMPLOYEE      | PUPIL    |                                | privacyAssessment | true
            Image without consent by the school or its staff -> the privacy officer assesses | IMAGE_WITHOUT_CONSENT | EMPLOYEE | PUPIL |                          | privacyAssessment | true
            CRITICAL: threat of violence                                             | THREAT                 | EXTERNAL      | SCHOOL   | threatOfViolence               | severity          | CRITICAL
            CRITICAL: sexual images of minors                                        | SEXUAL_MISCONDUCT      | PUPIL         | PUPIL    | sexualImagesOfMinors           | severity          | CRITICAL
            CRITICAL: staff sexual offence                                           | SEXUAL_MISCONDUCT      | EMPLOYEE      | PUPIL    |                                | severity          | CRITICAL
            HIGH: sexual intimidation                                                | SEXUAL_MISCONDUCT      | PUPIL         | PUPIL    |                                | severity          | HIGH
            HIGH: data breach                                                        | DATA_BREACH            | EMPLOYEE      | PUPIL    |                                | severity          | HIGH
            HIGH: data breach (personal data exposed, whatever the category)         | CYBERBULLYING          | PUPIL         | PUPIL    | personalDataExposed            | severity          | HIGH
            HIGH: data breach (personal data exposed, whatever the category)         | CONFIDENTIAL_INFORMATION | EMPLOYEE    | PUPIL    | personalDataExposed            | severity          | HIGH
            HIGH: serious cyberbullying                                              | CYBERBULLYING          | PARENT        | EMPLOYEE |                                | severity          | HIGH
            MEDIUM: cyberbullying                                                    | CYBERBULLYING          | PUPIL         | PUPIL    |                                | severity          | MEDIUM
            MEDIUM: image without consent                                            | IMAGE_WITHOUT_CONSENT  | PUPIL         | PUPIL    |                                | severity          | MEDIUM
            MEDIUM: unprofessional conduct                                           | UNPROFESSIONAL_CONDUCT | EMPLOYEE      | PARENT   |                                | severity          | MEDIUM
            LOW: device rules                                                        | DEVICE_RULES           | PUPIL         | NONE     |                                | severity          | LOW
            LOW: copyright                                                           | COPYRIGHT              | EMPLOYEE      | NONE     |                                | severity          | LOW
            CRITICAL ... escalation when missed: board member                        | THREAT                 | EXTERNAL      | SCHOOL   | threatOfViolence               | escalateTo        | BOARD_MEMBER
            HIGH ... escalation when missed: board member                            | DATA_BREACH            | EMPLOYEE      | PUPIL    |                                | escalateTo        | BOARD_MEMBER
            MEDIUM ... escalation when missed: digicoach + leader                    | CYBERBULLYING          | PUPIL         | PUPIL    |                                | escalateTo        | DIGICOACH_AND_LEADER
            LOW ... escalation when missed: leader reminder                          | DEVICE_RULES           | PUPIL         | NONE     |                                | escalateTo        | LEADER_REMINDER
            CRITICAL ... triage within 4 hours                                       | THREAT                 | EXTERNAL      | SCHOOL   | threatOfViolence               | triageWithin      | PT4H
            """)
    void followsDomainMdSentenceBySentence(String sentence, String category, String offender, String victim,
            String facts, String answer, String value) {
        for (DmnDecision board : new DmnDecision[] {triage, kempenhorst}) {
            Object suggested = engine.evaluateDecision(board, variables(category, offender, victim, facts))
                    .getSingleResult().getEntryMap().get(answer);

            assertThat(String.valueOf(suggested)).as(sentence + " at " + board.getKey()).isEqualTo(value);
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
        java.util.List<String> ticked = fact == null ? java.util.List.of() : java.util.List.of(fact.trim().split("\\s+"));
        for (String name : new String[] {"threatOfViolence", "sexualImagesOfMinors", "personalDataExposed",
                "mediaAttention", "inSchoolContext", "contentOnline", "accountHacked"}) {
            variables.put(name, ticked.contains(name));
        }
        return variables;
    }
}
