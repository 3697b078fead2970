package nl.schoolveilig.directory;

/**
 * A role a person holds for a scope (school, community or board). The group code is the prefix of
 * the Camunda group id for that role and scope, e.g. {@code schoolleader_zonnewijzer}.
 */
public enum Role {
    SCHOOL_LEADER("schoolleader", ScopeType.SCHOOL, "Schoolleider"),
    ANTI_BULLYING_COORDINATOR("antibullying", ScopeType.SCHOOL, "Coördinator anti-pestbeleid"),
    CARE_COORDINATOR("carecoordinator", ScopeType.SCHOOL, "Intern begeleider"),
    INTERN_SUPERVISOR("internsupervisor", ScopeType.SCHOOL, "Stagebegeleider"),
    TEACHER("teacher", ScopeType.SCHOOL, "Leerkracht"),
    INTERN("intern", ScopeType.SCHOOL, "Stagiair"),
    EMPLOYEE("employee", ScopeType.SCHOOL, "Medewerker"),
    DIGICOACH("digicoach", ScopeType.COMMUNITY, "Digicoach"),
    PRIVACY_OFFICER("privacyofficer", ScopeType.COMMUNITY, "AVG-coördinator"),
    CONFIDENTIAL_ADVISOR("confidentialadvisor", ScopeType.BOARD, "Vertrouwenspersoon"),
    BOARD_MEMBER("board", ScopeType.BOARD, "Schoolbestuurder"),
    COMMUNICATIONS("communications", ScopeType.BOARD, "Communicatie / woordvoerder"),
    AUDITOR("auditor", ScopeType.BOARD, "Auditor");

    private final String groupCode;
    private final ScopeType scopeType;
    private final String dutchName;

    Role(String groupCode, ScopeType scopeType, String dutchName) {
        this.groupCode = groupCode;
        this.scopeType = scopeType;
        this.dutchName = dutchName;
    }

    /** The Dutch name of the role, as a school board knows it (see the glossary in DOMAIN.md). */
    public String dutchName() {
        return dutchName;
    }

    public ScopeType scopeType() {
        return scopeType;
    }

    /** The role and scope a group id names, e.g. {@code schoolleader_zonnewijzer}. */
    public static java.util.Optional<Grant> ofGroupId(String groupId) {
        for (Role role : values()) {
            String prefix = role.groupCode + "_";
            if (groupId.startsWith(prefix)) {
                return java.util.Optional.of(new Grant(role, groupId.substring(prefix.length())));
            }
        }
        return java.util.Optional.empty();
    }

    public record Grant(Role role, String scopeId) {
    }

    /** The id of the group of everyone holding this role for the given scope. */
    public String groupId(String scopeId) {
        return groupCode + "_" + scopeId;
    }
}
