package nl.schoolveilig.workflow;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.springframework.stereotype.Component;

/**
 * The process asks here who does a task: {@code ${routing.group('DIGICOACH', schoolId)}} is the
 * group of that role for the incident's school (falling back to the board). Public because the BPMN
 * calls it by expression, which needs a public class.
 */
@Component("routing")
public class Routing {

    private final Directory directory;

    Routing(Directory directory) {
        this.directory = directory;
    }

    public String group(String role, String schoolId) {
        return directory.candidateGroup(Role.valueOf(role), schoolId);
    }
}
