package nl.schoolveilig.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Report bodies for tests, each with a unique description so a test can find its own case. */
public final class Reports {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private Reports() {
    }

    /** Cyberbullying of a pupil by a pupil at the given school: the school leader triages. */
    public static Map<String, Object> cyberbullying(String schoolId) {
        return report(schoolId, "CYBERBULLYING", "PUPIL", "PUPIL");
    }

    public static Map<String, Object> report(String schoolId, String category, String offenderRole, String victimRole) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("schoolId", schoolId);
        report.put("category", category);
        report.put("description", "Test report " + UUID.randomUUID());
        report.put("platform", "TIKTOK");
        // A new offender every time: earlier cases of the same offender would raise the suggested measure.
        report.put("offender", Map.of("role", offenderRole, "name", "Offender Name " + UUID.randomUUID()));
        report.put("victim", Map.of("role", victimRole, "name", "Victim Name"));
        report.put("facts", Map.of("contentOnline", true));
        report.put("reporter", Map.of("role", "PARENT", "name", "Reporter Name", "email", "ouder@example.org",
                "anonymous", false));
        return report;
    }

    public static Map<String, Object> with(Map<String, Object> report, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(report);
        copy.put(field, value);
        return copy;
    }

    public static String description(Map<String, Object> report) {
        return (String) report.get("description");
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
