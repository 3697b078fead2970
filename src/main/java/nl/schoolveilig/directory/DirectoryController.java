package nl.schoolveilig.directory;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory")
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    /** Boards, communities and schools the caller may see, with who holds which role (see {@link Directory#overviewFor}). */
    @GetMapping("/schools")
    DirectoryOverview schools(Principal caller) {
        return directory.overviewFor(caller.getName());
    }
}
