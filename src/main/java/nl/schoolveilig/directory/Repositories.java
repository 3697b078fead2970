package nl.schoolveilig.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BoardRepository extends JpaRepository<Board, String> {
}

interface CommunityRepository extends JpaRepository<Community, String> {
}

interface SchoolRepository extends JpaRepository<SchoolEntity, String> {
}

interface PersonRepository extends JpaRepository<Person, String> {

    List<Person> findByEmailIgnoreCase(String email);
}

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByUsername(String username);

    List<RoleAssignment> findByRoleAndScopeId(Role role, String scopeId);

    boolean existsByUsernameAndRoleAndScopeId(String username, Role role, String scopeId);
}

interface SchoolGroupRepository extends JpaRepository<SchoolGroup, Long> {

    List<SchoolGroup> findBySchoolIdInOrderBySchoolIdAscNameAsc(Collection<String> schoolIds);

    Optional<SchoolGroup> findBySchoolIdAndName(String schoolId, String name);

    @Query("select g from SchoolGroup g join g.teachers t where t = :username"
            + " order by g.schoolId, g.name")
    List<SchoolGroup> findTaughtBy(@Param("username") String username);
}

interface PupilRepository extends JpaRepository<Pupil, Long> {

    List<Pupil> findByGroupIdInOrderByNameAsc(Collection<Long> groupIds);

    List<Pupil> findBySchoolIdAndNumberIn(String schoolId, Collection<String> numbers);

    @Query("select p from Pupil p where p.schoolId = :schoolId"
            + " and lower(p.name) = lower(:name) order by p.id")
    List<Pupil> findBySchoolAndName(@Param("schoolId") String schoolId,
            @Param("name") String name);
}

interface InternSupervisionRepository extends JpaRepository<InternSupervision, InternSupervision.Key> {
}
