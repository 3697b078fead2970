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
        return views(requests, false);
    }

    RequestView one(SchoolRequest request) {
        return views(List.of(request), true).get(0);
    }

    /** The school names and people's names are read once for the whole list. */
    private List<RequestView> views(Collection<SchoolRequest> requests, boolean withHistory) {
        Map<String, String> schools = directory.schools().stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        Set<String> people = new HashSet<>();
        requests.forEach(r -> {
            people.add(r.requester());
            if (r.decidedBy() != null) {
                people.add(r.decidedBy());
            }
        });
        Map<String, String> names = directory.displayNames(people);
        return requests.stream().map(r -> view(r, schools, names, withHistory ? history(r) : null)).toList();
    }

    private List<RequestView.Entry> history(SchoolRequest request) {
        return service.history(request).stream().map(h -> new RequestView.Entry(h.kind().name(), h.at(), h.actor(),
                h.taskKey(), h.taskName(), h.dueAt(), service.details(h.data()))).toList();
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
