package nl.schoolveilig.support;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Reports a case through {@code POST /api/incidents} as the demo integration account. */
public final class ReportApi {

    private ReportApi() {
    }

    /** @return the reference of the new case */
    public static String report(TestRestTemplate http, Map<String, Object> report) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("integratie", "demo")
                .postForObject("/api/incidents", new HttpEntity<>(Reports.json(report), headers), JsonNode.class)
                .get("reference").asText();
    }
}
