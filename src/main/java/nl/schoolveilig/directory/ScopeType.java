package nl.schoolveilig.directory;

public enum ScopeType {
    SCHOOL, COMMUNITY, BOARD
}
