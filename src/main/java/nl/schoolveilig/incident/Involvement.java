package nl.schoolveilig.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who outside the school took part in a case, as the completed step that records the contact says:
 * the step's task (its BPMN id) and, where the step can also record that no contact was made, the
 * field that says it was. The case list filters on these and the yearly report counts them.
 */
public enum Involvement {

    PARENTS(step("InformParents"), step("InformParentsOfOffence")),
    POLICE(step("RecordPoliceReport", "policeOutcome", "REPORTED"), step("FilePoliceReport")),
    PRESS(step("HandlePress"), step("AnswerPressInquiry")),
    DATA_PROTECTION_AUTHORITY(step("NotifyAuthority")),
    VEILIG_THUIS(step("ReportToVeiligThuis")),
    INSPECTORATE(step("ConsultConfidentialInspector"));

    private final List<Contact> contacts;

    Involvement(Contact... contacts) {
        this.contacts = List.of(contacts);
    }

    /** What a completed step says about who took part, by its task key and the values it recorded. */
    static Optional<Involvement> recordedBy(String taskKey, Map<String, String> values) {
        return Stream.of(values()).filter(i -> i.contacts.stream().anyMatch(c -> c.recordedBy(taskKey, values)))
                .findFirst();
    }

    /** The task keys whose steps record a contact (for the test that they exist in the BPMN). */
    public static Stream<String> taskKeys() {
        return Stream.of(values()).flatMap(i -> i.contacts.stream()).map(Contact::taskKey);
    }

    private static Contact step(String taskKey) {
        return new Contact(taskKey, null, null);
    }

    private static Contact step(String taskKey, String field, String value) {
        return new Contact(taskKey, field, value);
    }

    private record Contact(String taskKey, String field, String value) {

        boolean recordedBy(String key, Map<String, String> values) {
            return taskKey.equals(key) && (field == null || value.equals(values.get(field)));
        }
    }
}
