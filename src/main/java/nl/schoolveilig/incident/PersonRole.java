package nl.schoolveilig.incident;

/** The role of a person involved in an incident (offender, reporter). */
public enum PersonRole {
    PUPIL, PARENT, EMPLOYEE, SCHOOL_LEADER, BOARD_MEMBER, INTERN, EXTERNAL, UNKNOWN
}
