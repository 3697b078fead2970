package nl.schoolveilig.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Boards, their communities and schools, and who holds which role there. No secrets. */
public record DirectoryOverview(List<BoardView> boards) {

    public record BoardView(String id, String name, String policy, Map<Role, List<Holder>> roles,
            List<CommunityView> communities, List<SchoolView> schools) {
    }

    public record CommunityView(String id, String name, Map<Role, List<Holder>> roles) {
    }

    public record SchoolView(String id, String name, String brin, String communityId, Map<Role, List<Holder>> roles,
            List<InternView> interns) {
    }

    /** An intern at the school and the intern supervisor they ask before posting. */
    public record InternView(Holder intern, Holder supervisor) {
    }

    public record Holder(String username, String name) {
    }

    static DirectoryOverview of(List<Board> boards, List<Community> communities, List<SchoolEntity> schools,
            Map<String, List<RoleAssignment>> assignmentsByScope, Map<String, String> names,
            List<InternSupervision> supervisions) {
        List<BoardView> views = boards.stream()
                .sorted(Comparator.comparing(Board::id))
                .map(board -> new BoardView(board.id(), board.name(), board.policyName(),
                        roles(assignmentsByScope, board.id(), ScopeType.BOARD, names),
                        communities.stream().filter(c -> c.boardId().equals(board.id()))
                                .sorted(Comparator.comparing(Community::id))
                                .map(c -> new CommunityView(c.id(), c.name(),
                                        roles(assignmentsByScope, c.id(), ScopeType.COMMUNITY, names)))
                                .toList(),
                        schools.stream().filter(s -> s.boardId().equals(board.id()))
                                .map(SchoolEntity::toSchool)
                                .sorted(Comparator.comparing(School::id))
                                .map(s -> new SchoolView(s.id(), s.name(), s.brin(), s.communityId(),
                                        roles(assignmentsByScope, s.id(), ScopeType.SCHOOL, names),
                                        supervisions.stream().filter(i -> i.schoolId().equals(s.id()))
                                                .map(i -> new InternView(new Holder(i.intern(), names.get(i.intern())),
                                                        new Holder(i.supervisor(), names.get(i.supervisor()))))
                                                .toList()))
                                .toList()))
                .toList();
        return new DirectoryOverview(views);
    }

    private static Map<Role, List<Holder>> roles(Map<String, List<RoleAssignment>> byScope, String scopeId,
            ScopeType scopeType, Map<String, String> names) {
        return byScope.getOrDefault(scopeId, List.of()).stream()
                .filter(a -> a.role().scopeType() == scopeType)
                .collect(Collectors.groupingBy(RoleAssignment::role, TreeMap::new,
                        Collectors.mapping(a -> new Holder(a.username(), names.get(a.username())),
                                Collectors.toList())));
    }
}
