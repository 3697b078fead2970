package nl.schoolveilig.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardRepository extends JpaRepository<Board, String> {
}

interface CommunityRepository extends JpaRepository<Community, String> {
}

interface SchoolRepository extends JpaRepository<SchoolEntity, String> {
}

interface PersonRepository extends JpaRepository<Person, String> {
}

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByUsername(String username);

    List<RoleAssignment> findByRoleAndScopeId(Role role, String scopeId);

    boolean existsByUsernameAndRoleAndScopeId(String username, Role role, String scopeId);
}
