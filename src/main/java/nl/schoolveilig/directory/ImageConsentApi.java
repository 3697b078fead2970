package nl.schoolveilig.directory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.schoolveilig.web.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/directory/image-consent}: the pupil administration's CSV export as the body; the answer is
 * the per-row report. A file that cannot be read as the export is a 400 saying what to fix; someone who looks
 * after no school gets a 403.
 */
@RestController
class ImageConsentApi {

    private static final String TYPES = "https://schoolveilig.nl/problems/";

    private final ImageConsentImport imports;
    private final MessageSource messages;

    ImageConsentApi(ImageConsentImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/directory/image-consent", consumes = {"text/csv", "application/csv", "text/plain"})
    ImageConsentImport.Report importCsv(HttpServletRequest request) throws IOException {
        boolean administrator = request.isUserInRole("ADMIN");
        String username = request.getUserPrincipal().getName();
        if (!imports.mayImport(username, administrator)) {
            throw new NotYoursException();
        }
        return imports.importCsv(body(request), username, administrator);
    }

    /** At most one byte more than the limit is read, so an oversized body is refused without reading it all. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(ImageConsentImport.MAX_BYTES + 1);
        }
    }

    static class NotYoursException extends RuntimeException {
    }

    @ExceptionHandler(CsvFile.UnusableFileException.class)
    ProblemDetail unusable(CsvFile.UnusableFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(TYPES + "unusable-import"));
        problem.setTitle(message("consent.import.problem.title"));
        problem.setProperty("errors", List.of(new FieldProblem("file", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(NotYoursException.class)
    ProblemDetail notYours() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("consent.import.noSchools"));
        problem.setType(URI.create(TYPES + "no-schools"));
        problem.setTitle(message("consent.import.problem.forbidden"));
        return problem;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
