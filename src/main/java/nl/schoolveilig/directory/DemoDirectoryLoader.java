package nl.schoolveilig.directory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty directory with the two fictional demo boards of the embedded default. Runs only
 * when {@code schoolveilig.demo.enabled} is true, and never touches a directory that has boards.
 */
@Component
@ConditionalOnProperty(name = "schoolveilig.demo.enabled", havingValue = "true")
class DemoDirectoryLoader implements DirectorySeed {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

    private final BoardRepository boards;
    private final CommunityRepository communities;
    private final SchoolRepository schools;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;
    private final SchoolGroupRepository groups;
    private final PupilRepository pupils;
    private final InternSupervisionRepository supervisions;
    private final PasswordEncoder passwordEncoder;
    private final ObjectMapper objectMapper;
    private final Resource source;
    private final String demoPassword;

    DemoDirectoryLoader(BoardRepository boards, CommunityRepository communities, SchoolRepository schools,
            PersonRepository people, RoleAssignmentRepository assignments, SchoolGroupRepository groups,
            PupilRepository pupils, InternSupervisionRepository supervisions, PasswordEncoder passwordEncoder,
            ObjectMapper objectMapper, @Value("classpath:demo/directory.json") Resource source,
            @Value("${schoolveilig.demo.password}") String demoPassword) {
        this.boards = boards;
        this.communities = communities;
        this.schools = schools;
        this.people = people;
        this.assignments = assignments;
        this.groups = groups;
        this.pupils = pupils;
        this.supervisions = supervisions;
        this.passwordEncoder = passwordEncoder;
        this.objectMapper = objectMapper;
        this.source = source;
        this.demoPassword = demoPassword;
    }

    @Override
    @Transactional
    public void seed() {
        if (boards.count() > 0) {
            return;
        }
        DemoData data = read();
        for (DemoData.BoardData board : data.boards()) {
            boards.save(new Board(board.id(), board.name(), board.policy(), board.contactEmail(), board.contactPhone()));
            board.communities().forEach(c -> communities.save(new Community(c.id(), board.id(), c.name())));
            board.schools().forEach(s -> schools.save(
                    new SchoolEntity(s.id(), board.id(), s.community(), s.name(), s.brin())));
        }
        String passwordHash = passwordEncoder.encode(demoPassword);
        for (DemoData.PersonData person : data.people()) {
            people.save(new Person(person.username(), person.name(), person.username() + "@demo.schoolveilig.nl",
                    passwordHash, person.board()));
            person.roles().forEach(r -> assignments.save(new RoleAssignment(person.username(), r.role(), r.scope())));
        }
        Instant now = Instant.now();
        for (DemoData.GroupData group : data.groups()) {
            SchoolGroup saved = new SchoolGroup(group.school(), group.name());
            saved.teachers().addAll(group.teachers());
            saved = groups.save(saved);
            for (DemoData.PupilData pupil : group.pupils()) {
                Pupil entity = new Pupil(group.school(), pupil.number(), pupil.name(), saved.id());
                entity.update(pupil.name(), saved.id(), pupil.consent(), now);
                pupils.save(entity);
            }
        }
        data.interns().forEach(i -> supervisions.save(new InternSupervision(i.intern(), i.school(), i.supervisor())));
        log.info("Loaded the demo directory: {} boards, {} people", data.boards().size(), data.people().size());
    }

    private DemoData read() {
        try (InputStream in = source.getInputStream()) {
            return objectMapper.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo directory " + source, e);
        }
    }

    record DemoData(List<BoardData> boards, List<PersonData> people, List<GroupData> groups, List<InternData> interns) {

        DemoData {
            groups = groups == null ? List.of() : groups;
            interns = interns == null ? List.of() : interns;
        }

        record GroupData(String school, String name, List<String> teachers, List<PupilData> pupils) {
        }

        record PupilData(String number, String name, java.util.Map<ImageChannel, Boolean> consent) {
        }

        record InternData(String intern, String school, String supervisor) {
        }

        record BoardData(String id, String name, String policy, String contactEmail, String contactPhone,
                List<CommunityData> communities, List<SchoolData> schools) {
        }

        record CommunityData(String id, String name) {
        }

        record SchoolData(String id, String name, String brin, String community) {
        }

        record PersonData(String username, String name, String board, List<RoleData> roles) {
        }

        record RoleData(Role role, String scope) {
        }
    }
}
