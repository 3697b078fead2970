package nl.schoolveilig.incident;

import java.util.Set;

import nl.schoolveilig.directory.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads a case, and with names, as docs/security.md says; the HTTP paths are IncidentAccessIT's. */
class CaseAccessTest {

    @ParameterizedTest(name = "{0}, task {1}, closed {2}, about the leader {3}: reads {4}, names {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # role at the school  | had a task | closed | about the leader | reads | names
            BOARD_MEMBER          | false      | false  | false            | true  | false
            BOARD_MEMBER          | false      | false  | true             | true  | false
            SCHOOL_LEADER         | false      | false  | false            | true  | false
            SCHOOL_LEADER         | false      | false  | true             | false | false
            SCHOOL_LEADER         | true       | false  | true             | true  | true
            AUDITOR               | false      | false  | false            | false | false
            AUDITOR               | false      | true   | false            | true  | true
            DIGICOACH             | false      | false  | false            | false | false
            DIGICOACH             | true       | false  | false            | true  | true
            DIGICOACH             | true       | true   | false            | true  | true
            PRIVACY_OFFICER       | false      | true   | false            | false | false
            NONE                  | false      | true   | false            | false | false
            NONE                  | true       | false  | false            | true  | true
            """)
    void theRulesPerRoleTaskAndState(String role, boolean hadTask, boolean closed, boolean aboutLeader, boolean reads,
            boolean names) {
        Set<Role> roles = role.equals("NONE") ? Set.of() : Set.of(Role.valueOf(role));
        CaseAccess access = new CaseAccess(roles, hadTask, closed, aboutLeader);

        assertThat(access.mayRead()).as("reads").isEqualTo(reads);
        assertThat(access.namesVisible()).as("names").isEqualTo(names);
    }
}
