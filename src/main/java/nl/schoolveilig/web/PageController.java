package nl.schoolveilig.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page after login. */
@Controller
class PageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        model.addAttribute("username", principal.getName());
        return "home";
    }
}
