package nl.schoolveilig.incident;

import java.util.Set;

import nl.schoolveilig.directory.Role;

/**
 * Who may read a case, and with the names of the people in it, from what the reader is at the case's
 * school and whether they have (had) a task on it. The board member and the school leader read their
 * cases without a task, except that a case about the school leader is the board's alone; an auditor
 * reads the board's closed cases; anyone else only a case they have or had a task on. Names are for
 * those with a task and for the auditor of a closed case.
 *
 * @param rolesAtSchool the reader's roles that cover the case's school (directly, or by community or board)
 * @param hadTask       the reader, or one of their groups, has or had a task on the case
 */
record CaseAccess(Set<Role> rolesAtSchool, boolean hadTask, boolean closed, boolean aboutSchoolLeader) {

    boolean mayRead() {
        return hadTask || auditorOfClosedCase() || rolesAtSchool.contains(Role.BOARD_MEMBER)
                || rolesAtSchool.contains(Role.SCHOOL_LEADER) && !aboutSchoolLeader;
    }

    boolean namesVisible() {
        return hadTask || auditorOfClosedCase();
    }

    private boolean auditorOfClosedCase() {
        return closed && rolesAtSchool.contains(Role.AUDITOR);
    }
}
