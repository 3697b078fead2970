package nl.schoolveilig.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's groups (klassen), their teachers and pupils, and who supervises an intern: what the requests
 * made before anything goes wrong need to know who asks, about whom, and who decides.
 */
@Service
public class SchoolGroups {

    private final SchoolGroupRepository groups;
    private final PupilRepository pupils;
    private final InternSupervisionRepository supervisions;

    SchoolGroups(SchoolGroupRepository groups, PupilRepository pupils, InternSupervisionRepository supervisions) {
        this.groups = groups;
        this.pupils = pupils;
        this.supervisions = supervisions;
    }

    /** A group of a school with the usernames of its teachers. */
    public record Group(long id, String schoolId, String name, Set<String> teachers) {
    }

    /** A pupil as the pupil administration knows them, with the image consent per channel (absent: not known). */
    public record Member(long id, String schoolId, Long groupId, String name, Map<ImageChannel, Boolean> consent) {

        /** Whether the parents consented to this channel; no consent known is no consent. */
        public boolean mayAppearOn(ImageChannel channel) {
            return Boolean.TRUE.equals(consent.get(channel));
        }
    }

    @Transactional(readOnly = true)
    public Optional<Group> group(long id) {
        return groups.findById(id).map(SchoolGroups::view);
    }

    @Transactional(readOnly = true)
    public List<Group> taughtBy(String username) {
        return groups.findTaughtBy(username).stream().map(SchoolGroups::view).toList();
    }

    /** A group with its pupils by name, for choosing pupils on a page. */
    public record GroupWithPupils(Group group, List<Member> pupils) {
    }

    /** The groups of these schools with their pupils, by school and name. */
    @Transactional(readOnly = true)
    public List<GroupWithPupils> withPupils(java.util.Collection<String> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return withPupils(groups.findBySchoolIdInOrderBySchoolIdAscNameAsc(schoolIds));
    }

    /** The groups this person teaches with their pupils. */
    @Transactional(readOnly = true)
    public List<GroupWithPupils> taughtWithPupils(String username) {
        return withPupils(groups.findTaughtBy(username));
    }

    private List<GroupWithPupils> withPupils(List<SchoolGroup> found) {
        var byGroup = pupils.findByGroupIdInOrderByNameAsc(found.stream().map(SchoolGroup::id).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(Pupil::groupId));
        return found.stream().map(g -> new GroupWithPupils(view(g), byGroup.getOrDefault(g.id(), List.of()).stream()
                .map(p -> new Member(p.id(), p.schoolId(), p.groupId(), p.name(), Map.copyOf(p.consents()))).toList()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Member> pupil(long id) {
        return pupils.findById(id).map(p -> new Member(p.id(), p.schoolId(), p.groupId(), p.name(), Map.copyOf(p.consents())));
    }

    /**
     * The school's group a parent means by this name: "Groep 5a", "groep 5A" and "5a" are the same group.
     */
    @Transactional(readOnly = true)
    public Optional<Group> named(String schoolId, String name) {
        String wanted = plain(name);
        return groups.findBySchoolIdInOrderBySchoolIdAscNameAsc(List.of(schoolId)).stream()
                .filter(g -> plain(g.name()).equals(wanted)).findFirst().map(SchoolGroups::view);
    }

    /** The pupil of this group with this name (in any case), when the directory knows one. */
    @Transactional(readOnly = true)
    public Optional<Member> pupilNamed(long groupId, String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        return pupils.findByGroupIdInOrderByNameAsc(List.of(groupId)).stream()
                .filter(p -> p.name().strip().toLowerCase(java.util.Locale.ROOT).equals(wanted)).findFirst()
                .map(p -> new Member(p.id(), p.schoolId(), p.groupId(), p.name(), Map.copyOf(p.consents())));
    }

    private static String plain(String groupName) {
        String name = groupName == null ? "" : groupName.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        return name.startsWith("groep") ? name.substring("groep".length()) : name;
    }

    /** The intern supervisor (stagebegeleider) of this intern at this school, when the directory names one. */
    @Transactional(readOnly = true)
    public Optional<String> supervisorOf(String intern, String schoolId) {
        return supervisions.findById(new InternSupervision.Key(intern, schoolId)).map(InternSupervision::supervisor);
    }

    private static Group view(SchoolGroup group) {
        return new Group(group.id(), group.schoolId(), group.name(), Set.copyOf(group.teachers()));
    }
}
