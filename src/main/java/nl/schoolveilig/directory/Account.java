package nl.schoolveilig.directory;

import java.util.List;

/** A person who can log in, with the roles they hold. */
public record Account(String username, String fullName, String email, String passwordHash, String boardId,
        List<RoleGrant> grants) {

    public record RoleGrant(Role role, String scopeId, String groupId) {
    }

    public List<String> groupIds() {
        return grants.stream().map(RoleGrant::groupId).distinct().toList();
    }
}
