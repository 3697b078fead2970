package nl.schoolveilig.directory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty directory with the two fictional demo boards of the embedded default: their organisation through
 * the same import a board uses (demo/besturen.csv, gemeenschappen.csv, scholen.csv, mensen.csv), every demo person
 * with the demo password, then the groups, pupils and interns of demo/directory.json. Runs only when
 * {@code schoolveilig.demo.enabled} is true, and never touches a directory that has boards.
 */
@Component
@ConditionalOnProperty(name = "schoolveilig.demo.enabled", havingValue = "true")
class DemoDirectoryLoader implements DirectorySeed {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

    private final BoardRepository boards;
    private final SchoolGroupRepository groups;
    private final PupilRepository pupils;
    private final InternSupervisionRepository supervisions;
    private final OrganisationImport organisationImport;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ObjectMapper objectMapper;
    private final Resource source;
    private final String demoPassword;

    DemoDirectoryLoader(BoardRepository boards, SchoolGroupRepository groups, PupilRepository pupils,
            InternSupervisionRepository supervisions, OrganisationImport organisationImport, JdbcTemplate jdbc,
            PasswordEncoder passwordEncoder, ObjectMapper objectMapper,
            @Value("classpath:demo/directory.json") Resource source,
            @Value("${schoolveilig.demo.password}") String demoPassword) {
        this.boards = boards;
        this.groups = groups;
        this.pupils = pupils;
        this.supervisions = supervisions;
        this.organisationImport = organisationImport;
        this.jdbc = jdbc;
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
        Map<OrganisationImport.File, byte[]> files = new EnumMap<>(OrganisationImport.File.class);
        for (OrganisationImport.File file : OrganisationImport.File.values()) {
            files.put(file, csv(file));
        }
        OrganisationImport.Report organisation = organisationImport.apply(files);
        if (organisation.rejected() > 0) {
            throw new IllegalStateException("The demo organisation has rejected rows: " + organisation.results());
        }
        jdbc.update("update person set password_hash = ? where password_hash is null", passwordEncoder.encode(demoPassword));
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
        log.info("Loaded the demo directory: {} rows of its organisation, {} groups", organisation.rows(), data.groups().size());
    }

    private DemoData read() {
        try (InputStream in = source.getInputStream()) {
            return objectMapper.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo directory " + source, e);
        }
    }

    /** The demo's organisation as a board would import it (docs/directory-import.md): demo/besturen.csv, … */
    private byte[] csv(OrganisationImport.File file) {
        try (InputStream in = new ClassPathResource("demo/" + file.partName() + ".csv").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo's " + file.partName() + ".csv", e);
        }
    }

    /** What the organisation import does not carry: groups with their teachers and pupils, interns' supervisors. */
    record DemoData(List<GroupData> groups, List<InternData> interns) {

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
    }
}
