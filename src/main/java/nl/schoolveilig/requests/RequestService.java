package nl.schoolveilig.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.ImageChannel;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.directory.SchoolGroups;
import nl.schoolveilig.web.FieldProblem;
import nl.schoolveilig.web.MarkdownText;
import nl.schoolveilig.workflow.RequestReference;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making a request: checked against the directory (the school, who may ask, the group and pupils it names),
 * recorded with its reference, and its process started, all in one transaction: a request on record always
 * has its process, and a failed start leaves no request. Requests are few (a handful a week per school), so
 * the start is not queued the way a burst of reports is.
 */
@Service
class RequestService {

    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** The requester of a request a parent made on the public side: no login has this name. */
    static final String PARENT = "(ouder)";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final java.util.Set<String> HIDDEN_IN_CONTEXT = java.util.Set.of("pupils", "pupilIds", "groupId",
            "pupilId", "askedBy", "parentEmail");
    private static final java.util.Set<String> CHOICES = java.util.Set.of("capacity", "device", "imageChannel");

    private final SchoolRequestRepository requests;
    private final RequestHistoryRepository historyEntries;
    private final RequestAccess access;
    private final Directory directory;
    private final SchoolGroups groups;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String nextNumberSql;

    RequestService(SchoolRequestRepository requests, RequestHistoryRepository historyEntries, RequestAccess access,
            Directory directory, SchoolGroups groups, RuntimeService runtime, ApplicationEventPublisher events,
            ObjectMapper json, MessageSource messages, JdbcTemplate jdbc, Clock clock, EntityManagerFactory entityManagerFactory) {
        this.requests = requests;
        this.historyEntries = historyEntries;
        this.access = access;
        this.directory = directory;
        this.groups = groups;
        this.runtime = runtime;
        this.events = events;
        this.json = json;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.nextNumberSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                .getSequenceSupport().getSequenceNextValString("request_number_seq");
    }

    /** A request as it was recorded, and whether this call recorded it (false: the same key was sent before). */
    record Submitted(SchoolRequest request, boolean created) {
    }

    @Transactional
    SchoolRequest submit(String user, RequestReader.Submission submission) {
        return submit(user, submission, null).request();
    }

    /**
     * A request of a person with a login. With a key (the API's {@code Idempotency-Key}, per caller), the same
     * key again answers the request it made the first time.
     */
    @Transactional
    Submitted submit(String user, RequestReader.Submission submission, String key) {
        String submissionKey = key == null ? null : user + '\u0000' + key;
        Optional<SchoolRequest> earlier = submissionKey == null ? Optional.empty() : requests.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            if (!sentBefore(earlier.get(), submission)) {
                throw new RequestKeyReusedException(message("request.idempotencyKey.reused"));
            }
            return new Submitted(earlier.get(), false);
        }
        School school = school(submission);
        if (!access.maySubmit(user, submission.type(), school)) {
            throw new RequestNotAllowedException(message("request.notAllowed.type"));
        }
        Map<String, Object> details = new LinkedHashMap<>(submission.values());
        Long groupId = null;
        String namedDecider = null;
        List<String> withoutConsent = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        switch (submission.type()) {
            case INTERN_POST_PERMISSION -> {
                namedDecider = groups.supervisorOf(user, school.id()).orElse(null);
                if (namedDecider == null) {
                    problems.add(problem("schoolId", "request.intern.noSupervisor"));
                }
                details.put("pupils", pupilsShown(submission, school, withoutConsent, problems));
            }
            case DEVICE_PERMISSION -> {
                SchoolGroups.Group group = groups.group(submission.id("groupId"))
                        .filter(g -> g.schoolId().equals(school.id())).orElse(null);
                if (group == null) {
                    problems.add(problem("groupId", "request.group.unknown"));
                } else {
                    groupId = group.id();
                    details.put("groupName", group.name());
                    groups.pupil(submission.id("pupilId")).filter(p -> Long.valueOf(group.id()).equals(p.groupId())).ifPresentOrElse(
                            pupil -> details.put("pupilName", pupil.name()),
                            () -> problems.add(problem("pupilId", "request.pupil.unknown")));
                    if (problems.isEmpty() && !access.mayRecordFor(user, group, school)) {
                        throw new RequestNotAllowedException(message("request.notAllowed.group"));
                    }
                }
            }
            default -> {
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Submitted(record(submission, school, groupId, namedDecider, user, details, withoutConsent, submissionKey), true);
    }

    /**
     * A parent's device request from the public side: the group must be one of the school's; the pupil is kept by
     * the name the parent gave (matched to the directory when it knows the name in that group, never telling the
     * sender whether it does). The group's teachers decide; the parent hears the decision by e-mail.
     */
    @Transactional
    Submitted submitByParent(RequestReader.Submission submission, String token) {
        String submissionKey = PARENT + '\u0000' + token;
        Optional<SchoolRequest> earlier = requests.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), false);
        }
        School school = school(submission);
        SchoolGroups.Group group = groups.named(school.id(), submission.text("groupName")).orElseThrow(
                () -> new InvalidRequestException(List.of(problem("groupName", "request.group.unknownName"))));
        Map<String, Object> details = new LinkedHashMap<>(submission.values());
        details.put("groupName", group.name());
        groups.pupilNamed(group.id(), submission.text("pupilName")).ifPresent(pupil -> {
            details.put("pupilId", pupil.id());
            details.put("pupilName", pupil.name());
        });
        details.put("askedBy", "PARENT");
        return new Submitted(record(submission, school, group.id(), null, PARENT, details, List.of(), submissionKey), true);
    }

    /** What is wrong with a group a parent named at a school, when the school is known and the group is not. */
    @Transactional(readOnly = true)
    Optional<FieldProblem> unknownGroup(String schoolId, String groupName) {
        if (schoolId == null || groupName == null || directory.school(schoolId).isEmpty()
                || groups.named(schoolId, groupName).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(problem("groupName", "request.group.unknownName"));
    }

    private SchoolRequest record(RequestReader.Submission submission, School school, Long groupId, String namedDecider,
            String requester, Map<String, Object> details, List<String> withoutConsent, String submissionKey) {
        Instant now = clock.instant();
        SchoolRequest request = requests.save(new SchoolRequest(nextReference(), submission.type(), school.boardId(),
                school.id(), groupId, namedDecider, requester, now, write(details), submissionKey));
        historyEntries.save(new RequestHistory(request.id(), RequestHistory.Kind.SUBMITTED, now, requester, null, null, null,
                write(withoutContact(details))));
        events.publishEvent(new RequestSubmitted(request.reference(), request.type(), request.boardId(),
                request.schoolId(), requester, now));
        var variables = Variables.createVariables()
                .putValue("requestContext", context(request, school, details))
                .putValue("pupilsWithoutConsent", String.join(", ", withoutConsent));
        if (request.type() == RequestType.STAFF_CHANNEL_NOTICE) {
            // What the owner sees, and may change, when the leader asks for changes (the adjust form's fields).
            submission.values().forEach(variables::putValue);
        }
        runtime.startProcessInstanceByKey(request.type().processKey(), request.reference(), variables);
        return request;
    }

    /** The same kind, school and fields as the request the key made first (as it was submitted, before any change). */
    private boolean sentBefore(SchoolRequest earlier, RequestReader.Submission submission) {
        if (earlier.type() != submission.type() || !earlier.schoolId().equals(submission.schoolId())) {
            return false;
        }
        Map<String, Object> first = historyEntries.findByRequestIdOrderByIdAsc(earlier.id()).stream()
                .filter(h -> h.kind() == RequestHistory.Kind.SUBMITTED).findFirst().map(h -> details(h.data())).orElse(Map.of());
        return submission.values().entrySet().stream()
                .allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(first.get(e.getKey()))));
    }

    /** A parent's address is for the reply, not for the history. */
    private static Map<String, Object> withoutContact(Map<String, Object> details) {
        Map<String, Object> kept = new LinkedHashMap<>(details);
        kept.remove("parentEmail");
        return kept;
    }

    private School school(RequestReader.Submission submission) {
        return directory.school(submission.schoolId()).orElseThrow(() -> new InvalidRequestException(
                List.of(problem("schoolId", "request.school.unknown"))));
    }

    @Transactional(readOnly = true)
    Optional<SchoolRequest> readable(String user, String reference) {
        return requests.findByReference(reference).filter(r -> access.mayRead(user, r));
    }

    @Transactional(readOnly = true)
    List<SchoolRequest> madeBy(String user) {
        return requests.findByRequesterOrderBySubmittedAtDesc(user);
    }

    @Transactional(readOnly = true)
    List<RequestHistory> history(SchoolRequest request) {
        return historyEntries.findByRequestIdOrderByIdAsc(request.id());
    }

    /** The owner ends a registered channel: it leaves the register; the request and its history stay. */
    @Transactional
    SchoolRequest endChannel(String user, String reference) {
        SchoolRequest request = requests.findByReference(reference).filter(r -> access.mayRead(user, r))
                .orElseThrow(RequestNotFoundException::new);
        if (!user.equals(request.requester())) {
            throw new RequestNotAllowedException(message("request.notAllowed.end"));
        }
        if (request.type() != RequestType.STAFF_CHANNEL_NOTICE || request.state() != RequestState.DECIDED) {
            throw new RequestConflictException(message("request.conflict.notRegistered"));
        }
        Instant now = clock.instant();
        request.ended(now);
        historyEntries.save(new RequestHistory(request.id(), RequestHistory.Kind.ENDED, now, user, null, null, null, "{}"));
        events.publishEvent(new RequestEnded(request.reference(), request.type(), request.boardId(), request.schoolId(),
                user, now));
        return request;
    }

    Map<String, Object> details(SchoolRequest request) {
        return details(request.details());
    }

    Map<String, Object> details(String stored) {
        try {
            return json.readValue(stored, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable request details", e);
        }
    }

    /** The pupils an intern's post shows, with their consent for its channel as the administration has it now. */
    private List<Map<String, Object>> pupilsShown(RequestReader.Submission submission, School school,
            List<String> withoutConsent, List<FieldProblem> problems) {
        String channelName = submission.text("imageChannel");
        ImageChannel channel = channelName == null ? null : ImageChannel.valueOf(channelName);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Long id : submission.ids("pupilIds")) {
            Optional<SchoolGroups.Member> pupil = groups.pupil(id).filter(p -> p.schoolId().equals(school.id()));
            if (pupil.isEmpty()) {
                problems.add(problem("pupilIds", "request.pupils.unknown", id));
                continue;
            }
            boolean consent = channel != null && pupil.get().mayAppearOn(channel);
            if (!consent) {
                withoutConsent.add(pupil.get().name());
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id);
            entry.put("name", pupil.get().name());
            entry.put("consent", consent);
            shown.add(entry);
        }
        return shown;
    }

    /** What the decider reads above the form (Tasklist and our task page): the request in a few Dutch lines. */
    private String context(SchoolRequest request, School school, Map<String, Object> details) {
        StringBuilder text = new StringBuilder();
        text.append("**").append(message("request.type." + request.type().name())).append("** ")
                .append(request.reference()).append(", ").append(school.name()).append(", ")
                .append(MarkdownText.escaped(message("request.context.by", PARENT.equals(request.requester())
                        ? message("requests.parent", details.get("parentName")) : directory.displayName(request.requester()))));
        details.forEach((name, value) -> {
            if (!HIDDEN_IN_CONTEXT.contains(name)) {
                String shown = CHOICES.contains(name) ? message("request.option." + value) : MarkdownText.escaped(String.valueOf(value));
                text.append("\n\n").append(message("request.field." + name + ".label")).append(": ").append(shown);
            }
        });
        Object pupils = details.get("pupils");
        if (pupils instanceof List<?> list && !list.isEmpty()) {
            text.append("\n\n").append(message("request.context.pupils")).append(": ");
            text.append(String.join(", ", list.stream().map(p -> {
                Map<?, ?> pupil = (Map<?, ?>) p;
                return MarkdownText.escaped(String.valueOf(pupil.get("name"))) + (Boolean.TRUE.equals(pupil.get("consent")) ? "" : " (" + message("request.context.noConsent") + ")");
            }).toList()));
        }
        return text.toString();
    }

    private String nextReference() {
        Long number = jdbc.queryForObject(nextNumberSql, Long.class);
        return RequestReference.PREFIX + "%d-%06d".formatted(Year.now(clock.withZone(DUTCH_TIME)).getValue(), number);
    }

    String write(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request details cannot be written", e);
        }
    }

    private FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, message(code, args));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
