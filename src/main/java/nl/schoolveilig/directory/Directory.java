package nl.schoolveilig.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation directory for the other features. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final BoardRepository boards;
    private final CommunityRepository communities;
    private final SchoolRepository schools;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;
    private final PupilRepository pupils;
    private final InternSupervisionRepository supervisions;

    Directory(BoardRepository boards, CommunityRepository communities, SchoolRepository schools,
            PersonRepository people, RoleAssignmentRepository assignments, PupilRepository pupils,
            InternSupervisionRepository supervisions) {
        this.pupils = pupils;
        this.supervisions = supervisions;
        this.boards = boards;
        this.communities = communities;
        this.schools = schools;
        this.people = people;
        this.assignments = assignments;
    }

    /**
     * The schools, read from the database at most once a {@link #SCHOOLS_FRESH_FOR minute} and again when the
     * directory was (re)loaded: every report asks for its school, and a query per report made the intake wait
     * for a connection the job executor held. Another node's change shows here within the minute.
     */
    private volatile SchoolSnapshot snapshot;

    static final java.time.Duration SCHOOLS_FRESH_FOR = java.time.Duration.ofMinutes(1);

    private record SchoolSnapshot(Map<String, School> byId, List<School> sorted, long readAt) {
    }

    /** After the commit of what changed the directory (an import), or at once when there is no transaction (start-up). */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void reloaded(DirectoryReady ready) {
        snapshot = null;
        contacts = null;
    }

    private SchoolSnapshot snapshot() {
        SchoolSnapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > SCHOOLS_FRESH_FOR.toNanos()) {
            List<School> sorted = schools.findAll().stream().map(SchoolEntity::toSchool)
                    .sorted(Comparator.comparing(School::boardId).thenComparing(School::name)).toList();
            current = new SchoolSnapshot(sorted.stream().collect(Collectors.toUnmodifiableMap(School::id, s -> s)),
                    sorted, System.nanoTime());
            snapshot = current;
        }
        return current;
    }

    /** From the snapshot: no transaction of its own, so a caller outside one (validation) needs no connection. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<School> school(String schoolId) {
        if (schoolId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().byId().get(schoolId));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<School> schools() {
        return snapshot().sorted();
    }

    /**
     * Every board's contact, for the footer of every page and the statements: read at most once a
     * {@link #SCHOOLS_FRESH_FOR minute}, so a page costs no query for it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<BoardContact> boardContacts() {
        ContactSnapshot current = contacts;
        if (current == null || System.nanoTime() - current.readAt() > SCHOOLS_FRESH_FOR.toNanos()) {
            current = new ContactSnapshot(boards.findAll().stream().map(Board::contact)
                    .sorted(Comparator.comparing(BoardContact::name)).toList(), System.nanoTime());
            contacts = current;
        }
        return current.contacts();
    }

    private volatile ContactSnapshot contacts;

    private record ContactSnapshot(List<BoardContact> contacts, long readAt) {
    }

    public Optional<String> boardName(String boardId) {
        return boards.findById(boardId).map(Board::name);
    }

    /**
     * The group that gets a task for this role at this school. A role that nobody holds falls back
     * to the board members of the school's board: a task never goes to nobody.
     */
    public String candidateGroup(Role role, String schoolId) {
        School school = school(schoolId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown school " + schoolId));
        String scopeId = switch (role.scopeType()) {
            case SCHOOL -> school.id();
            case COMMUNITY -> school.communityId();
            case BOARD -> school.boardId();
        };
        if (!assignments.findByRoleAndScopeId(role, scopeId).isEmpty()) {
            return role.groupId(scopeId);
        }
        if (role.scopeType() == ScopeType.COMMUNITY
                && !assignments.findByRoleAndScopeId(role, school.boardId()).isEmpty()) {
            return role.groupId(school.boardId());
        }
        return Role.BOARD_MEMBER.groupId(school.boardId());
    }

    /**
     * What the parents of a pupil of this school consented to, when the directory knows the pupil by this name
     * (the first of that name when the school has two).
     */
    public Optional<ImageConsent> imageConsent(String schoolId, String pupilName) {
        if (pupilName == null || pupilName.isBlank()) {
            return Optional.empty();
        }
        return pupils.findBySchoolAndName(schoolId, pupilName.strip()).stream().findFirst()
                .filter(pupil -> !pupil.consents().isEmpty())
                .map(pupil -> new ImageConsent(pupil.name(), pupil.consents()));
    }

    /** The e-mail addresses of everyone in a group (a role at a scope). */
    public List<String> emailsOfGroup(String groupId) {
        return Role.ofGroupId(groupId).stream()
                .flatMap(grant -> assignments.findByRoleAndScopeId(grant.role(), grant.scopeId()).stream())
                .map(RoleAssignment::username).distinct()
                .flatMap(username -> people.findById(username).stream())
                .map(Person::email).toList();
    }

    /** The boards where this person holds one of these roles (at the board, or at one of its communities or schools). */
    public Set<String> boardsWhere(String username, Set<Role> roles) {
        Set<String> boardIds = new java.util.TreeSet<>();
        for (RoleAssignment grant : assignments.findByUsername(username)) {
            if (!roles.contains(grant.role())) {
                continue;
            }
            switch (grant.role().scopeType()) {
                case BOARD -> boardIds.add(grant.scopeId());
                case COMMUNITY -> communities.findById(grant.scopeId()).ifPresent(c -> boardIds.add(c.boardId()));
                case SCHOOL -> schools.findById(grant.scopeId()).ifPresent(s -> boardIds.add(s.boardId()));
            }
        }
        return boardIds;
    }

    public Optional<Account> account(String username) {
        return people.findById(username).map(this::toAccount);
    }

    /**
     * The one person with this e-mail address (upper or lower case alike): how a sign-in at the board's identity
     * provider finds its person. Two people with one address match nobody, so neither gets the other's roles.
     */
    public Optional<Account> accountWithEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        List<Person> found = people.findByEmailIgnoreCase(email.strip());
        return found.size() == 1 ? Optional.of(toAccount(found.get(0))) : Optional.empty();
    }

    public List<Account> accounts() {
        return people.findAll().stream().map(this::toAccount).toList();
    }

    /** Whether this person holds the role for this school: at the school itself, its community or its board. */
    public boolean holds(String username, Role role, School school) {
        return assignments.findByUsername(username).stream()
                .anyMatch(grant -> grant.role() == role && scopeMatches(grant, school));
    }

    /**
     * How a page names a user or a group: the person's full name, or the role and where it holds
     * (e.g. "Schoolleider, Basisschool De Zonnewijzer"); an unknown name as it is.
     */
    public String displayName(String userOrGroup) {
        if (userOrGroup == null || userOrGroup.isBlank()) {
            return "";
        }
        Optional<String> person = people.findById(userOrGroup).map(Person::fullName);
        if (person.isPresent()) {
            return person.get();
        }
        return Role.ofGroupId(userOrGroup).map(grant -> grant.role().dutchName() + ", " + scopeName(grant))
                .orElse(userOrGroup);
    }

    /** {@link #displayName} for many at once: the people in one query. */
    public Map<String, String> displayNames(Collection<String> usersOrGroups) {
        Map<String, String> names = new java.util.HashMap<>();
        people.findAllById(usersOrGroups.stream().filter(n -> n != null && !n.isBlank()).distinct().toList())
                .forEach(person -> names.put(person.username(), person.fullName()));
        usersOrGroups.stream().filter(n -> n != null && !names.containsKey(n))
                .forEach(n -> names.put(n, displayName(n)));
        return names;
    }

    private String scopeName(Role.Grant grant) {
        Optional<String> name = switch (grant.role().scopeType()) {
            case SCHOOL -> schools.findById(grant.scopeId()).map(SchoolEntity::toSchool).map(School::name);
            case COMMUNITY -> communities.findById(grant.scopeId()).map(Community::name);
            case BOARD -> boards.findById(grant.scopeId()).map(Board::name);
        };
        return name.orElse(grant.scopeId());
    }

    /**
     * The schools whose pupil data this person looks after: as school leader, as the community's privacy
     * officer (AVG-coördinator), or as board member.
     */
    public Set<String> schoolsManagedBy(String username) {
        Set<String> ids = new java.util.TreeSet<>();
        for (Role role : List.of(Role.SCHOOL_LEADER, Role.PRIVACY_OFFICER, Role.BOARD_MEMBER)) {
            ids.addAll(schoolsWhere(username, role));
        }
        return ids;
    }

    /** The schools this person holds the role for (at the school, its community or its board), by id. */
    public Set<String> schoolsWhere(String username, Role role) {
        List<RoleAssignment> grants = assignments.findByUsername(username).stream().filter(g -> g.role() == role).toList();
        if (grants.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new java.util.TreeSet<>();
        for (School school : schools()) {
            if (grants.stream().anyMatch(grant -> scopeMatches(grant, school))) {
                ids.add(school.id());
            }
        }
        return ids;
    }

    static boolean scopeMatches(RoleAssignment grant, School school) {
        return switch (grant.role().scopeType()) {
            case SCHOOL -> grant.scopeId().equals(school.id());
            case COMMUNITY -> grant.scopeId().equals(school.communityId());
            case BOARD -> grant.scopeId().equals(school.boardId());
        };
    }

    /**
     * The directory as this person may see it: the boards where they hold a role, with who holds
     * which role there. Someone without a role (an integration account) sees the schools of their
     * board, or of every board when they belong to none, and no people.
     */
    public DirectoryOverview overviewFor(String username) {
        Set<String> boardIds = boardsWhere(username, java.util.EnumSet.allOf(Role.class));
        if (!boardIds.isEmpty()) {
            var byScope = assignments.findAll().stream().collect(Collectors.groupingBy(RoleAssignment::scopeId));
            var names = people.findAll().stream().collect(Collectors.toMap(Person::username, Person::fullName));
            return DirectoryOverview.of(boards(boardIds), communities.findAll(), schools.findAll(), byScope, names,
                    supervisions.findAll());
        }
        Set<String> own = people.findById(username).map(Person::boardId).map(Set::of).orElse(Set.of());
        return DirectoryOverview.of(own.isEmpty() ? boards.findAll() : boards(own), communities.findAll(),
                schools.findAll(), Map.of(), Map.of(), List.of());
    }

    /** Every board with its schools and communities, without people: what the public report form offers. */
    public DirectoryOverview schoolsOnly() {
        return DirectoryOverview.of(boards.findAll(), communities.findAll(), schools.findAll(), Map.of(), Map.of(), List.of());
    }

    private List<Board> boards(Set<String> ids) {
        return boards.findAllById(ids);
    }

    private Account toAccount(Person person) {
        List<Account.RoleGrant> grants = assignments.findByUsername(person.username()).stream()
                .map(a -> new Account.RoleGrant(a.role(), a.scopeId(), a.groupId())).toList();
        return new Account(person.username(), person.fullName(), person.email(), person.passwordHash(),
                person.boardId(), grants);
    }
}
