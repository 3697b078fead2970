package nl.schoolveilig.intake.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.schoolveilig.incident.Channel;
import nl.schoolveilig.incident.EvidenceFiles;
import nl.schoolveilig.web.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/incidents}: a report from another system. */
@RestController
@RequestMapping("/api/incidents")
class ReportApiController {

    private final ReportReader reader;
    private final IntakeService intake;
    private final MessageSource messages;
    private final EvidenceFiles evidenceFiles;

    ReportApiController(ReportReader reader, IntakeService intake, MessageSource messages, EvidenceFiles evidenceFiles) {
        this.evidenceFiles = evidenceFiles;
        this.reader = reader;
        this.intake = intake;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportAccepted> report(HttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        SubmissionKey key = key(request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName(), idempotencyKey);
        // Read at most one byte more than allowed, however large the body claims to be.
        byte[] body = request.getInputStream().readNBytes(ReportReader.MAX_BYTES + 1);
        ReportSubmission submission = reader.read(body);
        IntakeResult result = intake.accept(submission.toReport(), Channel.API, key);
        ReportAccepted accepted = ReportAccepted.of(result.incident());
        if (!result.created()) {
            return ResponseEntity.ok(accepted);
        }
        return ResponseEntity.created(URI.create("/api/incidents/" + accepted.reference())).body(accepted);
    }

    /**
     * The same report with files: a {@code multipart/form-data} request whose part {@code melding} is the JSON body
     * above and whose parts {@code bewijs} are the files (at most five, images or PDF, by content). A problem with
     * a file is a 400 naming it, like a problem with a field; nothing is kept then.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportAccepted> reportWithFiles(HttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestPart(name = "melding", required = false) byte[] report,
            @RequestPart(name = ReportFormController.EVIDENCE, required = false) List<MultipartFile> files) throws IOException {
        SubmissionKey key = key(request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName(), idempotencyKey);
        ReportSubmission submission = reader.read(report == null ? new byte[0] : report);
        List<EvidenceFiles.Upload> uploads = EvidenceFiles.Upload.of(files);
        List<FieldProblem> problems = evidenceFiles.check(uploads, ReportFormController.EVIDENCE);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        IntakeResult result = intake.accept(submission.toReport(), Channel.API, key, uploads,
                "Het systeem dat meldde (" + (request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName()) + ")");
        ReportAccepted accepted = ReportAccepted.of(result.incident());
        if (!result.created()) {
            return ResponseEntity.ok(accepted);
        }
        return ResponseEntity.created(URI.create("/api/incidents/" + accepted.reference())).body(accepted);
    }

    /** Keys are per caller: two systems that happen to choose the same key do not meet. */
    private SubmissionKey key(String caller, String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > SubmissionKey.MAX_API_KEY_LENGTH) {
            String message = messages.getMessage("report.idempotencyKey.invalid",
                    new Object[] {SubmissionKey.MAX_API_KEY_LENGTH}, LocaleContextHolder.getLocale());
            throw new InvalidReportException(List.of(new FieldProblem("Idempotency-Key", message)));
        }
        return new SubmissionKey(Channel.API, caller + '\u0000' + idempotencyKey);
    }
}
