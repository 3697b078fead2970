package nl.schoolveilig.requests;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.School;
import org.springframework.stereotype.Component;

/** Requests as people read them: with the school's and the people's names, read in bulk for a list. */
@Component
class RequestViews {

    private final Directory directory;
    private final RequestService service;
    private final org.springframework.context.MessageSource messages;

    RequestViews(Directory directory, RequestService service, org.springframework.context.MessageSource messages) {
        this.directory = directory;
        this.service = service;
        this.messages = messages;
    }

    List<RequestView> list(Collection<SchoolRequest> requests) {
        Map<String, String> schools = directory.schools().stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        Set<String> people = new HashSet<>();
        requests.forEach(r -> {
            people.add(r.requester());
            if (r.decidedBy() != null) {
                people.add(r.decidedBy());
            }
        });
        Map<String, String> names = directory.displayNames(people);
        return requests.stream().map(r -> view(r, schools, names, null)).toList();
    }

    RequestView one(SchoolRequest request) {
        Map<String, String> schools = directory.schools().stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        Set<String> people = new HashSet<>();
        people.add(request.requester());
        if (request.decidedBy() != null) {
            people.add(request.decidedBy());
        }
        List<RequestView.Entry> history = service.history(request).stream().map(h -> new RequestView.Entry(h.kind().name(),
                h.at(), h.actor(), h.taskKey(), h.taskName(), h.dueAt(), service.details(h.data()))).toList();
        return view(request, schools, directory.displayNames(people), history);
    }

    private RequestView view(SchoolRequest r, Map<String, String> schools, Map<String, String> names,
            List<RequestView.Entry> history) {
        Map<String, Object> details = service.details(r);
        details.remove("pupilIds");
        String requesterName = RequestService.PARENT.equals(r.requester())
                ? messages.getMessage("requests.parent", new Object[] {details.get("parentName")},
                        org.springframework.context.i18n.LocaleContextHolder.getLocale())
                : names.get(r.requester());
        return new RequestView(r.reference(), r.type(), r.state(), r.schoolId(), schools.getOrDefault(r.schoolId(), r.schoolId()),
                r.requester(), requesterName, r.submittedAt(), details, r.decision(), r.motivation(),
                r.conditions(), r.decidedBy(), r.decidedBy() == null ? null : names.get(r.decidedBy()), r.decidedAt(),
                r.endedAt(), history);
    }
}
