package nl.schoolveilig.notifications.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The mail outbox for administrators: every mail the application wrote, sent or not. */
@Controller
class MailOutboxController {

    private final MailRepository mails;

    MailOutboxController(MailRepository mails) {
        this.mails = mails;
    }

    @GetMapping("/beheer/mail")
    String outbox(Model model) {
        model.addAttribute("mails", mails.findTop200ByOrderByCreatedAtDesc());
        return "mail-outbox";
    }
}
