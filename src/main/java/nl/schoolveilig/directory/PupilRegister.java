package nl.schoolveilig.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups and pupils a person may see, with the image consent the pupil administration gave for each
 * channel; and the check "mag deze foto?": which of the chosen pupils may appear on a channel. A teacher
 * sees the groups they teach; a school leader, the community's privacy officer and the board see every
 * group of their schools; an administrator sees all.
 */
@Service
@Transactional(readOnly = true)
public class PupilRegister {

    private final Directory directory;
    private final SchoolGroupRepository groups;
    private final PupilRepository pupils;
    private final PersonRepository people;

    PupilRegister(Directory directory, SchoolGroupRepository groups, PupilRepository pupils, PersonRepository people) {
        this.directory = directory;
        this.groups = groups;
        this.pupils = pupils;
        this.people = people;
    }

    /** A pupil as the register shows them: consent per channel, a channel without an answer absent. */
    public record PupilView(long id, String number, String name, Map<ImageChannel, Boolean> consent) {
    }

    /** A group with its teachers (by name) and pupils (by name). */
    public record GroupView(long id, String schoolId, String schoolName, String name, List<String> teachers,
            List<PupilView> pupils) {
    }

    /**
     * The check's answer for the chosen pupils of a group and a channel: who may appear, who may not (the
     * parents said no), and of whom the school knows no answer (treat as no).
     */
    public record Check(GroupView group, ImageChannel channel, List<PupilView> may, List<PupilView> mayNot,
            List<PupilView> unknown) {
    }

    public List<GroupView> groupsFor(String username, boolean administrator) {
        Map<Long, SchoolGroup> visible = new LinkedHashMap<>();
        List<SchoolGroup> managed = administrator ? groups.findAll()
                : groups.findBySchoolIdInOrderBySchoolIdAscNameAsc(directory.schoolsManagedBy(username));
        managed.forEach(g -> visible.put(g.id(), g));
        groups.findTaughtBy(username).forEach(g -> visible.put(g.id(), g));
        Map<Long, List<Pupil>> pupilsByGroup = pupils.findByGroupIdInOrderByNameAsc(visible.keySet()).stream()
                .collect(Collectors.groupingBy(Pupil::groupId));
        Set<String> teacherNames = visible.values().stream().flatMap(g -> g.teachers().stream()).collect(Collectors.toSet());
        Map<String, String> names = people.findAllById(teacherNames).stream()
                .collect(Collectors.toMap(Person::username, Person::fullName));
        Map<String, String> schoolNames = directory.schools().stream().collect(Collectors.toMap(School::id, School::name));
        return visible.values().stream()
                .sorted(java.util.Comparator.comparing((SchoolGroup g) -> schoolNames.getOrDefault(g.schoolId(), g.schoolId()))
                        .thenComparing(SchoolGroup::name))
                .map(g -> new GroupView(g.id(), g.schoolId(), schoolNames.getOrDefault(g.schoolId(), g.schoolId()), g.name(),
                        g.teachers().stream().map(t -> names.getOrDefault(t, t)).sorted().toList(),
                        pupilsByGroup.getOrDefault(g.id(), List.of()).stream()
                                .map(p -> new PupilView(p.id(), p.number(), p.name(), p.consents())).toList()))
                .toList();
    }

    /** Empty when the person may not see the group; pupils not in the group are left out. */
    public Optional<Check> check(String username, boolean administrator, long groupId, ImageChannel channel,
            Collection<Long> pupilIds) {
        return groupsFor(username, administrator).stream().filter(g -> g.id() == groupId).findFirst().map(group -> {
            List<PupilView> chosen = group.pupils().stream().filter(p -> pupilIds.contains(p.id())).toList();
            return new Check(group, channel,
                    chosen.stream().filter(p -> Boolean.TRUE.equals(p.consent().get(channel))).toList(),
                    chosen.stream().filter(p -> Boolean.FALSE.equals(p.consent().get(channel))).toList(),
                    chosen.stream().filter(p -> !p.consent().containsKey(channel)).toList());
        });
    }
}
