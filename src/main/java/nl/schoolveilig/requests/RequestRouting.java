package nl.schoolveilig.requests;

import java.util.List;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.directory.SchoolGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who decides a request and what was decided, for the request BPMN files
 * ({@code ${requestRouting.leaderOrBoard(execution)}}): always read from the request as recorded and the
 * directory, never from a process variable a person could have set. Public because the BPMN calls it.
 */
@Component("requestRouting")
public class RequestRouting {

    private final SchoolRequestRepository requests;
    private final Directory directory;
    private final SchoolGroups groups;

    RequestRouting(SchoolRequestRepository requests, Directory directory, SchoolGroups groups) {
        this.requests = requests;
        this.directory = directory;
        this.groups = groups;
    }

    /** The group that holds this role for the request's school (the board when nobody does). */
    @Transactional(readOnly = true)
    public String group(String role, DelegateExecution execution) {
        return directory.candidateGroup(Role.valueOf(role), request(execution).schoolId());
    }

    /** The school leader, or the board when a school leader made the request: nobody decides their own. */
    @Transactional(readOnly = true)
    public String leaderOrBoard(DelegateExecution execution) {
        SchoolRequest request = request(execution);
        return directory.holds(request.requester(), Role.SCHOOL_LEADER, school(request))
                ? Role.BOARD_MEMBER.groupId(request.boardId())
                : directory.candidateGroup(Role.SCHOOL_LEADER, request.schoolId());
    }

    /** Whether a school leader or a board member is asking: they ask the board's communications (the seeds). */
    @Transactional(readOnly = true)
    public boolean askedByLeaderOrBoard(DelegateExecution execution) {
        SchoolRequest request = request(execution);
        School school = school(request);
        return directory.holds(request.requester(), Role.SCHOOL_LEADER, school)
                || directory.holds(request.requester(), Role.BOARD_MEMBER, school);
    }

    /** The intern's supervisor, as the directory named them when the intern asked. */
    @Transactional(readOnly = true)
    public String supervisor(DelegateExecution execution) {
        return request(execution).namedDecider();
    }

    /** The teachers of the pupil's group (may be none: the school leader is a candidate too). */
    @Transactional(readOnly = true)
    public List<String> teachers(DelegateExecution execution) {
        Long groupId = request(execution).groupId();
        return groupId == null ? List.of()
                : groups.group(groupId).map(g -> g.teachers().stream().sorted().toList()).orElse(List.of());
    }

    /** The one who made the request (who changes a channel notice when asked to). */
    @Transactional(readOnly = true)
    public String requester(DelegateExecution execution) {
        return request(execution).requester();
    }

    @Transactional(readOnly = true)
    public String board(DelegateExecution execution) {
        return request(execution).boardId();
    }

    /** The decision on record (null before one was taken). */
    @Transactional(readOnly = true)
    public String decision(DelegateExecution execution) {
        return request(execution).decision();
    }

    private SchoolRequest request(DelegateExecution execution) {
        return requests.findByReference(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No request " + execution.getProcessBusinessKey()));
    }

    private School school(SchoolRequest request) {
        return directory.school(request.schoolId())
                .orElseThrow(() -> new IllegalStateException("Unknown school " + request.schoolId()));
    }
}
