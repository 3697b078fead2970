package nl.schoolveilig.requests;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.SchoolGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers the requests fill, each as its reader may see it. Staff channels: the acknowledged channels
 * (ended ones marked) of the schools where the reader is school leader or board member, and the reader's own.
 * Intern permissions: the decided requests of those schools, those the reader decided as supervisor, the
 * reader's own as intern. Device permissions: the decided requests of those schools and of the groups the
 * reader teaches.
 */
@Service
public class Registers {

    private final SchoolRequestRepository requests;
    private final Directory directory;
    private final SchoolGroups groups;
    private final RequestViews views;

    Registers(SchoolRequestRepository requests, Directory directory, SchoolGroups groups, RequestViews views) {
        this.requests = requests;
        this.directory = directory;
        this.groups = groups;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public List<RequestView> staffChannels(String user) {
        Map<String, SchoolRequest> found = new LinkedHashMap<>();
        requests.findByTypeAndSchoolIdInOrderBySubmittedAtDesc(RequestType.STAFF_CHANNEL_NOTICE, overseen(user))
                .forEach(r -> found.put(r.reference(), r));
        requests.findByTypeAndRequesterInOrderBySubmittedAtDesc(RequestType.STAFF_CHANNEL_NOTICE, List.of(user))
                .forEach(r -> found.put(r.reference(), r));
        return views.list(found.values().stream().filter(r -> "ACKNOWLEDGED".equals(r.decision()))
                .sorted(Comparator.comparing(SchoolRequest::submittedAt).reversed()).toList());
    }

    @Transactional(readOnly = true)
    public List<RequestView> internPermissions(String user) {
        Map<String, SchoolRequest> found = new LinkedHashMap<>();
        requests.findByTypeAndSchoolIdInOrderBySubmittedAtDesc(RequestType.INTERN_POST_PERMISSION, overseen(user))
                .forEach(r -> found.put(r.reference(), r));
        requests.findByTypeAndNamedDeciderOrderBySubmittedAtDesc(RequestType.INTERN_POST_PERMISSION, user)
                .forEach(r -> found.put(r.reference(), r));
        requests.findByTypeAndRequesterInOrderBySubmittedAtDesc(RequestType.INTERN_POST_PERMISSION, List.of(user))
                .forEach(r -> found.put(r.reference(), r));
        return decided(found);
    }

    @Transactional(readOnly = true)
    public List<RequestView> devicePermissions(String user) {
        Map<String, SchoolRequest> found = new LinkedHashMap<>();
        requests.findByTypeAndSchoolIdInOrderBySubmittedAtDesc(RequestType.DEVICE_PERMISSION, overseen(user))
                .forEach(r -> found.put(r.reference(), r));
        List<Long> taught = groups.taughtBy(user).stream().map(SchoolGroups.Group::id).toList();
        if (!taught.isEmpty()) {
            requests.findByTypeAndGroupIdInOrderBySubmittedAtDesc(RequestType.DEVICE_PERMISSION, taught)
                    .forEach(r -> found.put(r.reference(), r));
        }
        return decided(found);
    }

    private List<RequestView> decided(Map<String, SchoolRequest> found) {
        return views.list(found.values().stream().filter(r -> r.state() == RequestState.DECIDED)
                .sorted(Comparator.comparing(SchoolRequest::submittedAt).reversed()).toList());
    }

    /** The schools where the reader is school leader or board member. */
    private Set<String> overseen(String user) {
        Set<String> schools = new TreeSet<>(directory.schoolsWhere(user, Role.SCHOOL_LEADER));
        schools.addAll(directory.schoolsWhere(user, Role.BOARD_MEMBER));
        return schools;
    }
}
