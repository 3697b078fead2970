package nl.schoolveilig.incident;

import java.util.List;
import java.util.Set;

/**
 * Who asks for cases, as the case list's rules need it ({@link CaseAccess} has them for one case):
 * the schools where they are board member, school leader or auditor, and the user and group names
 * under which they may have been given a task.
 */
record CaseReader(Set<String> boardSchools, Set<String> leaderSchools, Set<String> auditorSchools,
        List<String> participantNames) {
}
