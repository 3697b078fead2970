package nl.schoolveilig.intake.internal;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.incident.Fact;
import nl.schoolveilig.directory.DirectoryOverview;
import nl.schoolveilig.incident.Category;
import nl.schoolveilig.incident.Channel;
import nl.schoolveilig.incident.EvidenceFiles;
import nl.schoolveilig.incident.FollowLinks;
import nl.schoolveilig.incident.IncidentReport;
import nl.schoolveilig.incident.PersonRole;
import nl.schoolveilig.incident.Platform;
import nl.schoolveilig.incident.VictimRole;
import nl.schoolveilig.web.FieldProblem;
import nl.schoolveilig.workflow.TriageTerms;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public report form at {@code /melden}: server-rendered, works without JavaScript. Each
 * rendering carries a fresh submission token, so sending the same form twice opens one case.
 */
@Controller
@RequestMapping("/melden")
class ReportFormController {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter INPUT_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String EVIDENCE = "bewijs";
    private static final String FORM_SOURCE = "De melder, met het meldformulier";
    private static final List<String> FACTS = java.util.Arrays.stream(Fact.values()).map(Fact::variable).toList();

    private final Directory directory;
    private final IntakeService intake;
    private final ReportFormLimit limit;
    private final IntakeMetrics metrics;
    private final TriageTerms triageTerms;
    private final FollowLinks followLinks;
    private final EvidenceFiles evidenceFiles;

    ReportFormController(Directory directory, IntakeService intake, ReportFormLimit limit, IntakeMetrics metrics,
            TriageTerms triageTerms, FollowLinks followLinks, EvidenceFiles evidenceFiles) {
        this.followLinks = followLinks;
        this.evidenceFiles = evidenceFiles;
        this.metrics = metrics;
        this.triageTerms = triageTerms;
        this.directory = directory;
        this.intake = intake;
        this.limit = limit;
    }

    @InitBinder("report")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(OffsetDateTime.class, new LocalInputTimeEditor());
    }

    @GetMapping
    String form(Model model) {
        return render(new ReportSubmission(), model);
    }

    @PostMapping
    String submit(@Validated({Default.class, ReportSubmission.AskedOnTheForm.class}) @ModelAttribute("report")
            ReportSubmission report, BindingResult errors,
            @RequestParam(name = "submissionToken", required = false) String token,
            @RequestParam(name = EVIDENCE, required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Duration> wait = limit.send(request.getRemoteAddr());
        if (wait.isPresent()) {
            metrics.rejected(Channel.FORM, "too-many-reports");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds() + 1));
            model.addAttribute("tooManyReports", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            model.addAttribute("submissionToken", validToken(token));
            return render(report, model);
        }
        List<EvidenceFiles.Upload> uploads = EvidenceFiles.Upload.of(files);
        List<FieldProblem> fileProblems = evidenceFiles.check(uploads, EVIDENCE);
        if (errors.hasErrors() || !fileProblems.isEmpty()) {
            metrics.rejected(Channel.FORM, "invalid-report");
            model.addAttribute("formHasErrors", true);
            model.addAttribute("evidenceProblems", fileProblems);
            // A browser does not keep chosen files when the form comes back: the reporter must choose them again.
            model.addAttribute("chooseFilesAgain", !uploads.isEmpty());
            model.addAttribute("submissionToken", validToken(token));
            return render(report, model);
        }
        IncidentReport accepted = report.toReport();
        IntakeResult result = intake.accept(accepted, Channel.FORM, new SubmissionKey(Channel.FORM, validToken(token)),
                uploads, FORM_SOURCE);
        redirect.addFlashAttribute("reference", result.incident().reference());
        // Only the sending that made the case gets a link: a form sent again (the back button on a shared computer)
        // must not open someone's report to whoever sends it.
        if (result.created()) {
            redirect.addFlashAttribute("followUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/melden/volgen/{token}").buildAndExpand(followLinks.issue(result.incident().id())).toUriString());
        }
        directory.school(report.getSchoolId()).flatMap(school -> triageTerms.latestTriage(school.boardId(), Instant.now()))
                .ifPresent(by -> redirect.addFlashAttribute("triagedBy", by.atZone(DUTCH_TIME)));
        redirect.addFlashAttribute("withEmail", !accepted.reporter().anonymous() && accepted.reporter().email() != null);
        return "redirect:/melden/ontvangen";
    }

    @GetMapping("/ontvangen")
    String received(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/melden";
        }
        return "report-received";
    }

    private String render(ReportSubmission report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("occurredAtInput", report.getOccurredAt() == null ? ""
                : report.getOccurredAt().atZoneSameInstant(DUTCH_TIME).format(INPUT_FORMAT));
        model.addAttribute("boards", boards());
        model.addAttribute("categories", Category.values());
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("personRoles", PersonRole.values());
        model.addAttribute("victimRoles", VictimRole.values());
        model.addAttribute("facts", FACTS);
        model.addAttribute("evidenceMaxFiles", EvidenceFiles.MAX_FILES);
        model.addAttribute("evidenceMaxMib", EvidenceFiles.MAX_MIB);
        model.asMap().putIfAbsent("submissionToken", UUID.randomUUID().toString());
        return "report-form";
    }

    private List<DirectoryOverview.BoardView> boards() {
        return directory.schoolsOnly().boards();
    }

    /** A token we did not hand out (missing or tampered with) gets a fresh one: then it protects nothing, but harms nothing. */
    private static String validToken(String token) {
        try {
            return UUID.fromString(token).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return UUID.randomUUID().toString();
        }
    }

    /** The form's datetime-local field has no zone: it is Dutch time. */
    private static final class LocalInputTimeEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                setValue(LocalDateTime.parse(text.strip()).atZone(DUTCH_TIME).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a date and time: " + text, e);
            }
        }
    }
}
