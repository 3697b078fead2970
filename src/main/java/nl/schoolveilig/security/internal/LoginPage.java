package nl.schoolveilig.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ways in that this deployment offers, and the page for someone the board's provider knows but we do not. */
@Controller
class LoginPage {

    private final SecurityProperties security;
    private final OidcProperties oidc;
    private final BoardSignIn.Configurer signIn;
    private final boolean boardSignIn;

    LoginPage(SecurityProperties security, OidcProperties oidc, ObjectProvider<BoardSignIn.Configurer> boardSignIn) {
        this.security = security;
        this.oidc = oidc;
        this.signIn = boardSignIn.getIfAvailable();
        this.boardSignIn = signIn != null;
    }

    /** @param locked minutes until logins are allowed again, after too many failed ones */
    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) Integer locked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedMinutes", Math.max(1, Math.min(locked, 999)));
        }
        model.addAttribute("passwordLogin", security.passwordLogin());
        if (boardSignIn) {
            if (oidc.providerName() != null && !oidc.providerName().isBlank()) {
                model.addAttribute("providerName", oidc.providerName());
            }
            model.addAttribute("providerLogin", "/oauth2/authorization/" + BoardSignIn.REGISTRATION);
        }
        return "login";
    }

    /**
     * Signed in at the provider, unknown here: without ending that sign-in, "log in" would bring them straight back,
     * so the page offers the provider's end-session page (another account, or leave).
     */
    @GetMapping("/login/onbekend")
    String notInDirectory(Model model) {
        if (signIn != null) {
            signIn.endSession().ifPresent(endSession -> model.addAttribute("providerLogout", endSession));
        }
        return "login-unknown";
    }
}
