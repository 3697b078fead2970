package nl.schoolveilig.directory;

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

    @GetMapping("/schools")
    DirectoryOverview schools() {
        return directory.overview();
    }
}
