package nl.schoolveilig.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role for each school (at the school itself, its community or its board), and which roles have
 * nobody: a task for such a role goes to the school's board ({@link Directory#candidateGroup}).
 */
@Component
class RoleOverview {

    record Holding(Role role, List<String> holders) {

        public boolean nobody() {
            return holders.isEmpty();
        }
    }

    record SchoolRoles(School school, String boardName, List<Holding> roles) {

        public long empty() {
            return roles.stream().filter(Holding::nobody).count();
        }
    }

    private final SchoolRepository schools;
    private final BoardRepository boards;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;

    RoleOverview(SchoolRepository schools, BoardRepository boards, PersonRepository people,
            RoleAssignmentRepository assignments) {
        this.schools = schools;
        this.boards = boards;
        this.people = people;
        this.assignments = assignments;
    }

    @Transactional(readOnly = true)
    List<SchoolRoles> perSchool() {
        List<RoleAssignment> grants = assignments.findAll();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        people.findAll().forEach(person -> names.put(person.username(), person.fullName()));
        java.util.Map<String, String> boardNames = new java.util.HashMap<>();
        boards.findAll().forEach(board -> boardNames.put(board.id(), board.name()));
        List<SchoolRoles> overview = new ArrayList<>();
        schools.findAll().stream().map(SchoolEntity::toSchool)
                .sorted(Comparator.comparing(School::boardId).thenComparing(School::name))
                .forEach(school -> overview.add(new SchoolRoles(school, boardNames.get(school.boardId()),
                        Arrays.stream(Role.values()).map(role -> new Holding(role, grants.stream()
                                .filter(grant -> grant.role() == role && Directory.scopeMatches(grant, school))
                                .map(grant -> names.getOrDefault(grant.username(), grant.username()))
                                .distinct().sorted().toList())).toList())));
        return overview;
    }
}
