package nl.schoolveilig.requests;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.directory.SchoolGroups;
import nl.schoolveilig.workflow.CandidateGroups;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Who may make which request at a school, and who may read one. Staff make channel notices and publication
 * checks; interns ask to post; a teacher (or the school leader) records a pupil's device request. A request is
 * read by the one who made it, the school leader and the board of its school, and whoever has or had its
 * task; a teacher also reads the device permissions of their own groups.
 */
@Component
class RequestAccess {

    /** Every role of the school's staff; an intern and an auditor are not staff. */
    static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.INTERN, Role.AUDITOR));

    private final Directory directory;
    private final SchoolGroups groups;
    private final HistoryService history;
    private final CandidateGroups candidateGroups;

    RequestAccess(Directory directory, SchoolGroups groups, HistoryService history, CandidateGroups candidateGroups) {
        this.directory = directory;
        this.groups = groups;
        this.history = history;
        this.candidateGroups = candidateGroups;
    }

    boolean maySubmit(String user, RequestType type, School school) {
        return switch (type) {
            case STAFF_CHANNEL_NOTICE, PUBLICATION_CHECK -> STAFF.stream().anyMatch(role -> directory.holds(user, role, school));
            case INTERN_POST_PERMISSION -> directory.holds(user, Role.INTERN, school);
            case DEVICE_PERMISSION -> directory.holds(user, Role.TEACHER, school) || directory.holds(user, Role.SCHOOL_LEADER, school);
        };
    }

    boolean mayRecordFor(String user, SchoolGroups.Group group, School school) {
        return group.teachers().contains(user) || directory.holds(user, Role.SCHOOL_LEADER, school);
    }

    boolean mayRead(String user, SchoolRequest request) {
        if (user.equals(request.requester()) || user.equals(request.namedDecider())) {
            return true;
        }
        School school = directory.school(request.schoolId()).orElse(null);
        if (school != null && (directory.holds(user, Role.SCHOOL_LEADER, school) || directory.holds(user, Role.BOARD_MEMBER, school))) {
            return true;
        }
        if (request.groupId() != null
                && groups.group(request.groupId()).map(g -> g.teachers().contains(user)).orElse(false)) {
            return true;
        }
        return hadTask(user, request.reference());
    }

    /** The person, or one of their groups, is or was a candidate for (or held) a task of the request. */
    private boolean hadTask(String user, String reference) {
        List<String> taskIds = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list()
                .stream().map(HistoricTaskInstance::getId).toList();
        if (taskIds.isEmpty()) {
            return false;
        }
        Collection<String> mine = directory.account(user).map(a -> (Collection<String>) a.groupIds()).orElse(List.of());
        return candidateGroups.everInvolvedIn(taskIds).values().stream().flatMap(List::stream)
                .anyMatch(name -> name.equals(user) || mine.contains(name));
    }
}
