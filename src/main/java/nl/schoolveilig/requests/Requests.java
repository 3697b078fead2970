package nl.schoolveilig.requests;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.schoolveilig.directory.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of requests: in brief for a task list that shows request tasks beside case tasks
 * (one query for a list), and whole for the task page of someone who may read it.
 */
@Service
public class Requests {

    /** Where a request's task belongs and what it is about. */
    public record Brief(String reference, RequestType type, String schoolId, String boardId) {
    }

    private final SchoolRequestRepository requests;
    private final RequestService service;
    private final RequestViews views;
    private final Directory directory;

    Requests(SchoolRequestRepository requests, RequestService service, RequestViews views, Directory directory) {
        this.directory = directory;
        this.requests = requests;
        this.service = service;
        this.views = views;
    }

    /** Who to tell the decision of a request a parent made on the public side, and what to tell. */
    public record ParentReply(String name, String email, String schoolName, String conditions) {
    }

    /** The parent behind a request made on the public side (empty for any other request). */
    @Transactional(readOnly = true)
    public Optional<ParentReply> parentOf(String reference) {
        return requests.findByReference(reference).filter(r -> RequestService.PARENT.equals(r.requester())).map(r -> {
            Map<String, Object> details = service.details(r);
            return new ParentReply(String.valueOf(details.get("parentName")), String.valueOf(details.get("parentEmail")),
                    directory.school(r.schoolId()).map(nl.schoolveilig.directory.School::name).orElse(r.schoolId()),
                    r.conditions());
        });
    }

    /** The request with its history, when this person may read it. */
    @Transactional(readOnly = true)
    public Optional<RequestView> view(String user, String reference) {
        return service.readable(user, reference).map(views::one);
    }

    /**
     * What was asked beforehand about the person a case is about: their registered channels (an employee or
     * school leader), their permissions to post (an intern), the smart-device permissions of a pupil in a
     * DEVICE_RULES case. Matched on the name as the report gives it, or on the channel's address.
     *
     * @param kind the request type looked for; {@code found} may be empty: "nothing was asked beforehand"
     */
    public record Prior(RequestType kind, String about, List<RequestView> found) {
    }

    /**
     * The requests made beforehand at this school about the offender of a case, for someone who reads the
     * case with names; empty when the case is not about an employee, an intern or (for DEVICE_RULES) a pupil.
     */
    @Transactional(readOnly = true)
    public Optional<Prior> priorTo(String schoolId, String category, String offenderRole, String offenderName,
            String contentUrl) {
        RequestType kind = switch (offenderRole == null ? "" : offenderRole) {
            case "EMPLOYEE", "SCHOOL_LEADER" -> RequestType.STAFF_CHANNEL_NOTICE;
            case "INTERN" -> RequestType.INTERN_POST_PERMISSION;
            case "PUPIL" -> "DEVICE_RULES".equals(category) ? RequestType.DEVICE_PERMISSION : null;
            default -> null;
        };
        boolean named = offenderName != null && !offenderName.isBlank();
        if (kind == null || !named && (kind != RequestType.STAFF_CHANNEL_NOTICE || contentUrl == null)) {
            return Optional.empty();
        }
        String name = named ? offenderName.strip().toLowerCase(java.util.Locale.ROOT) : null;
        List<SchoolRequest> atSchool = requests.findByTypeAndSchoolIdInOrderBySubmittedAtDesc(kind, List.of(schoolId));
        Map<String, String> names = directory.displayNames(atSchool.stream().map(SchoolRequest::requester)
                .collect(Collectors.toSet()));
        List<SchoolRequest> found = atSchool.stream().filter(r -> r.state() == RequestState.DECIDED || r.state() == RequestState.ENDED)
                .filter(r -> {
                    Map<String, Object> details = service.details(r);
                    if (kind == RequestType.DEVICE_PERMISSION) {
                        return name.equals(String.valueOf(details.get("pupilName")).toLowerCase(java.util.Locale.ROOT));
                    }
                    boolean byName = name != null && name.equals(names.getOrDefault(r.requester(), "").toLowerCase(java.util.Locale.ROOT));
                    boolean byUrl = contentUrl != null && details.get("channelUrl") != null
                            && contentUrl.strip().startsWith(String.valueOf(details.get("channelUrl")));
                    return byName || byUrl;
                }).toList();
        return Optional.of(new Prior(kind, named ? offenderName.strip() : contentUrl, views.list(found)));
    }

    @Transactional(readOnly = true)
    public Map<String, Brief> briefs(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return requests.findByReferenceIn(references).stream().collect(Collectors.toMap(SchoolRequest::reference,
                r -> new Brief(r.reference(), r.type(), r.schoolId(), r.boardId())));
    }
}
