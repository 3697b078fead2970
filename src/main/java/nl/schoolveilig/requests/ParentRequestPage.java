package nl.schoolveilig.requests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.web.AddressLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /melden/apparaat}: a parent asks, without a login, for their child's smart-device permission (the
 * pupil's name and group, the reason, the period, where to send the decision). The same checks as every request;
 * a token in the form makes sending it twice one request; one address may send a limited number.
 */
@Controller
class ParentRequestPage {

    private static final Logger log = LoggerFactory.getLogger(ParentRequestPage.class);

    private final RequestReader reader;
    private final RequestService service;
    private final Directory directory;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final AddressLimit limit;

    ParentRequestPage(RequestReader reader, RequestService service, Directory directory, ObjectMapper json,
            MessageSource messages, @Value("${schoolveilig.requests.parent-form-limit.per-address:10}") int perAddress,
            @Value("${schoolveilig.requests.parent-form-limit.window:10m}") Duration window) {
        this.reader = reader;
        this.service = service;
        this.directory = directory;
        this.json = json;
        this.messages = messages;
        this.limit = new AddressLimit(perAddress, window);
    }

    @GetMapping("/melden/apparaat")
    String form(Model model) {
        return render(Map.of(), Map.of(), UUID.randomUUID().toString(), model);
    }

    @PostMapping("/melden/apparaat")
    String submit(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        String token = validToken(params.getFirst("submissionToken"));
        Optional<Duration> wait = limit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            log.warn("Parent's device request from {} refused: more than {} sendings in {}", request.getRemoteAddr(),
                    limit.perAddress(), limit.window());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds() + 1));
            model.addAttribute("tooMany", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            return render(params.toSingleValueMap(), Map.of(), token, model);
        }
        ObjectNode body = json.createObjectNode();
        params.forEach((name, values) -> {
            if (!name.equals("submissionToken") && !name.equals("_csrf") && !values.isEmpty() && !values.get(0).isBlank()) {
                body.put(name, values.get(0));
            }
        });
        try {
            RequestService.Submitted submitted = service.submitByParent(reader.readParentDevice(body), token);
            redirect.addFlashAttribute("reference", submitted.request().reference());
            redirect.addFlashAttribute("email", body.path("parentEmail").asText());
            return "redirect:/melden/apparaat/ontvangen";
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field().isEmpty() ? "schoolId" : p.field(), p.message()));
            // Everything at once: the group is checked against the school even when other fields are wrong.
            if (!errors.containsKey("groupName")) {
                service.unknownGroup(body.path("schoolId").asText(null), body.path("groupName").asText(null))
                        .ifPresent(p -> errors.put(p.field(), p.message()));
            }
            return render(params.toSingleValueMap(), errors, token, model);
        }
    }

    @GetMapping("/melden/apparaat/ontvangen")
    String received(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/melden/apparaat";
        }
        return "parent-request-received";
    }

    private String render(Map<String, String> values, Map<String, String> errors, String token, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        Map<String, String> links = new LinkedHashMap<>();
        errors.forEach((field, message) -> links.put("field-" + field, label(field) + ": " + message));
        model.addAttribute("errorLinks", links);
        model.addAttribute("submissionToken", token);
        model.addAttribute("boards", directory.schoolsOnly().boards());
        model.addAttribute("devices", java.util.List.of("SMARTPHONE", "SMARTWATCH", "OTHER"));
        return "parent-request-form";
    }

    private String label(String field) {
        String code = "schoolId".equals(field) ? "report.field.schoolId" : "request.field." + field + ".label";
        return messages.getMessage(code, null, field, LocaleContextHolder.getLocale());
    }

    /** The form's token, or a fresh one when what came back is not one of ours. */
    private static String validToken(String token) {
        try {
            return UUID.fromString(String.valueOf(token)).toString();
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID().toString();
        }
    }
}
