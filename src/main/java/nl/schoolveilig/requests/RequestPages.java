package nl.schoolveilig.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.directory.SchoolGroups;
import nl.schoolveilig.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages of the one who asks: {@code /verzoeken} (my requests), {@code /verzoeken/nieuw} (choose a request),
 * the form per kind, and a request with its history; and the registers under {@code /registers/…}. The forms
 * go through the same reader and checks as {@code POST /api/requests}. Works without JavaScript.
 */
@Controller
class RequestPages {

    /** The kinds of request by the Dutch word in their page's address. */
    static final Map<String, RequestType> SLUGS = Map.of("kanaal", RequestType.STAFF_CHANNEL_NOTICE,
            "stagebericht", RequestType.INTERN_POST_PERMISSION, "publicatie", RequestType.PUBLICATION_CHECK,
            "apparaat", RequestType.DEVICE_PERMISSION);
    private static final List<String> ORDER = List.of("kanaal", "publicatie", "stagebericht", "apparaat");

    private final RequestReader reader;
    private final RequestService service;
    private final RequestViews views;
    private final RequestAccess access;
    private final Registers registers;
    private final Directory directory;
    private final SchoolGroups groups;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final MessageSource messages;

    RequestPages(RequestReader reader, RequestService service, RequestViews views, RequestAccess access, Registers registers,
            Directory directory, SchoolGroups groups, CurrentUser currentUser, ObjectMapper json, MessageSource messages) {
        this.messages = messages;
        this.reader = reader;
        this.service = service;
        this.views = views;
        this.access = access;
        this.registers = registers;
        this.directory = directory;
        this.groups = groups;
        this.currentUser = currentUser;
        this.json = json;
    }

    @GetMapping("/verzoeken")
    String mine(Model model) {
        model.addAttribute("requests", views.list(service.madeBy(currentUser.username())));
        return "requests";
    }

    @GetMapping("/verzoeken/nieuw")
    String choose(Model model) {
        Map<String, RequestType> available = new LinkedHashMap<>();
        ORDER.forEach(slug -> {
            if (!schoolsFor(SLUGS.get(slug)).isEmpty()) {
                available.put(slug, SLUGS.get(slug));
            }
        });
        model.addAttribute("available", available);
        return "request-choose";
    }

    @GetMapping("/verzoeken/nieuw/{slug}")
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("chosen", List.of());
        return form(type(slug), slug, Map.of(), Map.of(), model);
    }

    @PostMapping("/verzoeken/nieuw/{slug}")
    String submit(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response) {
        RequestType type = type(slug);
        if (schoolsFor(type).isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        try {
            String token = params.getFirst("submissionToken");
            SchoolRequest request = service.submit(currentUser.username(), reader.read(json(type, params)),
                    token == null || token.isBlank() || token.length() > 60 ? null : "page:" + token).request();
            return "redirect:/verzoeken/" + request.reference() + "?verstuurd";
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            model.addAttribute("chosen", params.getOrDefault("pupilIds", List.of()));
            return form(type, slug, params.toSingleValueMap(), errors, model);
        } catch (RequestNotAllowedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("refused", e.getMessage());
            model.addAttribute("chosen", params.getOrDefault("pupilIds", List.of()));
            return form(type, slug, params.toSingleValueMap(), Map.of(), model);
        }
    }

    @GetMapping("/verzoeken/{reference}")
    String one(@PathVariable String reference, @RequestParam(required = false) String verstuurd, Model model) {
        String user = currentUser.username();
        RequestView request = service.readable(user, reference).map(views::one)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("request", request);
        model.addAttribute("sent", verstuurd != null);
        model.addAttribute("mayEnd", request.type() == RequestType.STAFF_CHANNEL_NOTICE
                && request.state() == RequestState.DECIDED && user.equals(request.requester()));
        return "request";
    }

    @PostMapping("/verzoeken/{reference}/beeindigen")
    String end(@PathVariable String reference, Model model, HttpServletResponse response) {
        try {
            service.endChannel(currentUser.username(), reference);
            return "redirect:/verzoeken/" + reference;
        } catch (RequestNotFoundException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        } catch (RequestNotAllowedException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN, e.getMessage());
        } catch (RequestConflictException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT, e.getMessage());
        }
    }

    @GetMapping("/registers/kanalen")
    String staffChannels(Model model) {
        return register("staffChannels", registers.staffChannels(currentUser.username()), model);
    }

    @GetMapping("/registers/stageberichten")
    String internPermissions(Model model) {
        return register("internPermissions", registers.internPermissions(currentUser.username()), model);
    }

    @GetMapping("/registers/apparaten")
    String devicePermissions(Model model) {
        return register("devicePermissions", registers.devicePermissions(currentUser.username()), model);
    }

    private String register(String name, List<RequestView> entries, Model model) {
        model.addAttribute("register", name);
        model.addAttribute("entries", entries);
        model.addAttribute("user", currentUser.username());
        return "register";
    }

    private String form(RequestType type, String slug, Map<String, String> values, Map<String, String> errors, Model model) {
        List<School> schools = schoolsFor(type);
        if (schools.isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        model.addAttribute("type", type);
        model.addAttribute("slug", slug);
        model.addAttribute("fields", RequestFields.of(type).stream()
                .filter(f -> f.kind() != RequestFields.Kind.ID && f.kind() != RequestFields.Kind.IDS).toList());
        model.addAttribute("schools", schools);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("submissionToken", values.getOrDefault("submissionToken", java.util.UUID.randomUUID().toString()));
        Map<String, String> links = new LinkedHashMap<>();
        errors.forEach((field, message) -> links.put(anchor(field), label(field) + ": " + message));
        model.addAttribute("errorLinks", links);
        if (type == RequestType.INTERN_POST_PERMISSION) {
            model.addAttribute("pupilGroups", groups.withPupils(schools.stream().map(School::id).toList()));
        }
        if (type == RequestType.DEVICE_PERMISSION) {
            String user = currentUser.username();
            List<String> led = schools.stream().filter(s -> directory.holds(user, Role.SCHOOL_LEADER, s)).map(School::id).toList();
            List<SchoolGroups.GroupWithPupils> choice = new java.util.ArrayList<>(groups.withPupils(led));
            groups.taughtWithPupils(user).stream().filter(g -> !led.contains(g.group().schoolId())).forEach(choice::add);
            model.addAttribute("pupilGroups", choice);
        }
        return "request-form";
    }

    /** The form's fields as the API's JSON: one reader and one set of checks for both. */
    private ObjectNode json(RequestType type, MultiValueMap<String, String> params) {
        ObjectNode body = json.createObjectNode();
        body.put("type", type.name());
        putText(body, "schoolId", params.getFirst("schoolId"));
        for (RequestFields.Field field : RequestFields.of(type)) {
            switch (field.kind()) {
                case IDS -> {
                    ArrayNode ids = body.putArray(field.name());
                    params.getOrDefault(field.name(), List.of()).forEach(id -> number(id, ids));
                }
                case ID -> {
                    String value = params.getFirst(field.name());
                    if (value != null && !value.isBlank()) {
                        try {
                            body.put(field.name(), Long.parseLong(value.strip()));
                        } catch (NumberFormatException e) {
                            body.put(field.name(), value.strip());
                        }
                    }
                }
                default -> putText(body, field.name(), params.getFirst(field.name()));
            }
        }
        if (type == RequestType.DEVICE_PERMISSION && body.hasNonNull("pupilId")) {
            // The page asks for the pupil; their group follows from the directory.
            try {
                groups.pupil(body.get("pupilId").asLong()).map(SchoolGroups.Member::groupId)
                        .ifPresent(group -> body.put("groupId", group));
            } catch (NumberFormatException e) {
                // The reader names the field.
            }
        }
        return body;
    }

    private static void number(String id, ArrayNode ids) {
        try {
            ids.add(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            ids.add(id);
        }
    }

    private static void putText(ObjectNode body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value);
        }
    }

    private static String anchor(String field) {
        return "field-" + (field.isEmpty() ? "schoolId" : field.equals("groupId") ? "pupilId" : field);
    }

    private String label(String field) {
        String code = switch (field) {
            case "" -> "requests.form.request";
            case "schoolId" -> "report.field.schoolId";
            case "pupilIds" -> "requests.form.pupils";
            case "groupId", "pupilId" -> "request.field.pupilName.label";
            default -> "request.field." + field + ".label";
        };
        return messages.getMessage(code, null, field, LocaleContextHolder.getLocale());
    }

    private List<School> schoolsFor(RequestType type) {
        String user = currentUser.username();
        return directory.schools().stream().filter(school -> access.maySubmit(user, type, school)).toList();
    }

    private static RequestType type(String slug) {
        RequestType type = SLUGS.get(slug);
        if (type == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return type;
    }
}
