package nl.schoolveilig.incident;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.web.AddressLimit;
import nl.schoolveilig.web.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /melden/volgen/{secret}}: the reporter follows their report without a login. The page shows the
 * reference and the status in plain words, never names or decisions, and takes additional information for a
 * running case. Views and additions count against one allowance per client address.
 */
@Controller
class FollowPage {

    static final int INFORMATION_MAX = 2000;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final FollowLinks links;
    private final EvidenceFiles evidenceFiles;
    private final AddressLimit limit;
    /** Additions per link, whatever the address: a leaked link cannot bury a case in text. */
    private final AddressLimit additionsPerLink;

    FollowPage(FollowLinks links, EvidenceFiles evidenceFiles,
            @Value("${schoolveilig.follow-limit.per-address:30}") int perAddress,
            @Value("${schoolveilig.follow-limit.additions-per-link:10}") int additionsPerLink,
            @Value("${schoolveilig.follow-limit.window:10m}") Duration window) {
        this.links = links;
        this.evidenceFiles = evidenceFiles;
        this.limit = new AddressLimit(perAddress, window);
        this.additionsPerLink = new AddressLimit(additionsPerLink, window);
    }

    @GetMapping("/melden/volgen/{token}")
    String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<String> refused = refusedIfTooMany(request, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        return page(token, model, response);
    }

    @PostMapping("/melden/volgen/{token}")
    String add(@PathVariable String token, @RequestParam(name = "information", required = false) String information,
            @RequestParam(name = "bewijs", required = false) List<MultipartFile> files,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> refused = refusedIfTooMany(request, response, model);
        if (refused.isPresent()) {
            return refused.get();
        }
        String text = information == null ? "" : information.strip();
        List<EvidenceFiles.Upload> uploads = EvidenceFiles.Upload.of(files);
        List<FieldProblem> fileProblems = evidenceFiles.check(uploads, "bewijs");
        if ((text.isEmpty() && uploads.isEmpty()) || text.length() > INFORMATION_MAX || !fileProblems.isEmpty()) {
            if (text.isEmpty() && uploads.isEmpty()) {
                model.addAttribute("informationError", "follow.information.required");
            } else if (text.length() > INFORMATION_MAX) {
                model.addAttribute("informationError", "follow.information.size");
            }
            model.addAttribute("evidenceProblems", fileProblems);
            model.addAttribute("information", information);
            model.addAttribute("formHasErrors", true);
            return page(token, model, response);
        }
        Optional<String> tooMany = refusedIfTooMany(additionsPerLink, "link:" + token, response, model);
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        if (!links.addInformation(token, text, uploads)) {
            // The case closed (or the link expired) while the page was open: say so, keep what was typed.
            model.addAttribute("notAdded", true);
            model.addAttribute("information", information);
            return page(token, model, response);
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/melden/volgen/" + token;
    }

    private String page(String token, Model model, HttpServletResponse response) {
        // The secret is in the address: no search engine may keep it, no browser cache either.
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // Not even our own pages get the address (with its secret) as the Referer of a link followed from here.
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<FollowedReport> followed = links.open(token);
        if (followed.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "report-follow-unknown";
        }
        if (followed.get().state() == FollowedReport.State.EXPIRED) {
            response.setStatus(HttpStatus.GONE.value());
            return "report-follow-expired";
        }
        model.addAttribute("report", followed.get());
        model.addAttribute("token", token);
        if (followed.get().closedAt() != null) {
            model.addAttribute("closedAt", followed.get().closedAt().atZone(DUTCH_TIME));
            model.addAttribute("worksUntil", followed.get().closedAt().plus(FollowLinks.AFTER_CLOSING).atZone(DUTCH_TIME));
        }
        model.addAttribute("reportedAt", followed.get().reportedAt().atZone(DUTCH_TIME));
        model.addAttribute("informationMax", INFORMATION_MAX);
        model.addAttribute("evidenceMaxFiles", EvidenceFiles.MAX_FILES);
        model.addAttribute("evidenceMaxMib", EvidenceFiles.MAX_MIB);
        return "report-follow";
    }

    private Optional<String> refusedIfTooMany(HttpServletRequest request, HttpServletResponse response, Model model) {
        return refusedIfTooMany(limit, request.getRemoteAddr(), response, model);
    }

    private static Optional<String> refusedIfTooMany(AddressLimit limit, String key, HttpServletResponse response,
            Model model) {
        Optional<Duration> wait = limit.take(key);
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds() + 1));
        model.addAttribute("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
        return Optional.of("report-follow-too-many");
    }
}
