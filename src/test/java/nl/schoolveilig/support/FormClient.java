package nl.schoolveilig.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: fetches the report form, keeps its cookies, fills it in and posts it. */
public final class FormClient {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submissionToken)\" value=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(INC-\\d{4}-\\d{6,})<");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private Map<String, String> hidden = Map.of();

    public FormClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Opens the form (a fresh submission token) and returns its HTML. */
    public String open() {
        String html = get("/melden").body();
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            values.put(matcher.group(1), matcher.group(2));
        }
        hidden = values;
        return html;
    }

    /** Posts the fields (with the token of the last opened form) and returns the final page. */
    public HttpResponse<String> submit(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(hidden);
        all.putAll(fields);
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/melden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request);
    }

    public static String reference(String html) {
        Matcher matcher = REFERENCE.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The form fields of a report body as {@link Reports} builds it. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> fields(Map<String, Object> report) {
        Map<String, String> fields = new LinkedHashMap<>();
        report.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                ((Map<String, Object>) nested).forEach((k, v) -> fields.put(name + "." + k, String.valueOf(v)));
            } else if (value != null) {
                fields.put(name, String.valueOf(value));
            }
        });
        return fields;
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
