package nl.schoolveilig.incident;

/** Who was harmed. */
public enum VictimRole {
    PUPIL, EMPLOYEE, PARENT, SCHOOL, NONE, UNKNOWN
}
