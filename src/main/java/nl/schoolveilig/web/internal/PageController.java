package nl.schoolveilig.web.internal;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page and the start page after login. */
@Controller
class PageController {

    /** @param locked minutes until logins are allowed again, after too many failed ones */
    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) Integer locked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedMinutes", Math.max(1, Math.min(locked, 999)));
        }
        return "login";
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        model.addAttribute("username", principal.getName());
        return "home";
    }
}
