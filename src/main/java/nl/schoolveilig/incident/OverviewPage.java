package nl.schoolveilig.incident;

import nl.schoolveilig.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /overzicht}: the board's overview, every number a link to the case list filtered to it. */
@Controller
class OverviewPage {

    private final BoardOverview overview;
    private final CurrentUser currentUser;

    OverviewPage(BoardOverview overview, CurrentUser currentUser) {
        this.overview = overview;
        this.currentUser = currentUser;
    }

    @GetMapping("/overzicht")
    String overview(Model model) {
        model.addAttribute("schools", overview.of(currentUser.username(), currentUser.groupIds()));
        model.addAttribute("severities", java.util.List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "NONE"));
        return "overview";
    }
}
