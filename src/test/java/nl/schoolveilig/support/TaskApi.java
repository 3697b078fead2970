package nl.schoolveilig.support;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Works a task through {@code /api/tasks} as a demo person (password {@code demo}). */
public final class TaskApi {

    private TaskApi() {
    }

    /** {@code POST /api/tasks/{id}/complete} with the form's fields; the answer as it came. */
    public static ResponseEntity<String> complete(TestRestTemplate http, String user, String taskId, Map<String, Object> fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>(Reports.json(fields), headers), String.class);
    }

    /** {@code POST /api/tasks/{id}/claim}; the answer as it came. */
    public static ResponseEntity<String> claim(TestRestTemplate http, String user, String taskId) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId + "/claim", null, String.class);
    }
}
