package nl.schoolveilig.tasks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The forms in {@code bpmn/forms/} (the files the engine deploys), by their form id. */
@Component
class TaskForms {

    private final Map<String, TaskForm> forms = new HashMap<>();

    TaskForms(ObjectMapper objectMapper) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/forms/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                TaskForm form = parse(objectMapper.readTree(in));
                forms.put(form.id(), form);
            }
        }
    }

    Optional<TaskForm> form(String id) {
        return Optional.ofNullable(id).map(forms::get);
    }

    private static TaskForm parse(JsonNode json) {
        List<TaskForm.Field> fields = new ArrayList<>();
        for (JsonNode component : json.path("components")) {
            if (!component.hasNonNull("key")) {
                continue;
            }
            List<TaskForm.Option> options = new ArrayList<>();
            component.path("values").forEach(v -> options.add(
                    new TaskForm.Option(v.path("value").asText(), v.path("label").asText())));
            JsonNode validate = component.path("validate");
            String hide = component.path("conditional").path("hide").asText(null);
            fields.add(new TaskForm.Field(component.get("key").asText(), label(component),
                    type(component), component.path("disabled").asBoolean(false),
                    validate.path("required").asBoolean(false),
                    validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                    List.copyOf(options), hide == null ? null : hide.replaceFirst("^=", "")));
        }
        return new TaskForm(json.path("id").asText(), List.copyOf(fields));
    }

    /** A form-js date picker is a {@code datetime} with {@code subtype: date}; to us it is a date field. */
    private static String type(JsonNode component) {
        String type = component.path("type").asText();
        return "datetime".equals(type) && "date".equals(component.path("subtype").asText()) ? TaskForm.DATE : type;
    }

    private static String label(JsonNode component) {
        return component.hasNonNull("label") ? component.get("label").asText() : component.path("dateLabel").asText();
    }
}
