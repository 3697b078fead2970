package nl.schoolveilig.privacy.internal;

import java.util.Set;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The breach register of the boards where the person is privacy officer, board member or auditor. */
@Controller
class BreachRegisterPage {

    private static final Set<Role> READERS = Set.of(Role.PRIVACY_OFFICER, Role.BOARD_MEMBER, Role.AUDITOR);

    private final BreachRepository breaches;
    private final Directory directory;
    private final CurrentUser currentUser;

    BreachRegisterPage(BreachRepository breaches, Directory directory, CurrentUser currentUser) {
        this.breaches = breaches;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping("/privacy/datalekken")
    String register(Model model) {
        Set<String> boards = directory.boardsWhere(currentUser.username(), READERS);
        model.addAttribute("boards", boards);
        model.addAttribute("breaches", boards.isEmpty() ? java.util.List.of()
                : breaches.findByBoardIdInOrderByDiscoveredAtDesc(boards));
        return "breach-register";
    }
}
