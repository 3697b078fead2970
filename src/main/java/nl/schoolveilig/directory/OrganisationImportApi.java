package nl.schoolveilig.directory;

import java.io.IOException;
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
 * {@code POST /api/directory/import} (administrators): the organisation's CSV files as the parts
 * {@code besturen}, {@code gemeenschappen}, {@code scholen}, {@code mensen} of a {@code multipart/form-data}
 * request; the answer is the per-row report. A file that cannot be read is a 400 naming it and what to fix.
 */
@RestController
class OrganisationImportApi {

    private final OrganisationImport imports;
    private final MessageSource messages;

    OrganisationImportApi(OrganisationImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/directory/import")
    OrganisationImport.Report importFiles(HttpServletRequest request) throws IOException {
        return imports.importFiles(OrganisationPage.files(request));
    }

    @ExceptionHandler(CsvFile.UnusableFileException.class)
    ProblemDetail unusable(CsvFile.UnusableFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("https://schoolveilig.nl/problems/unusable-import"));
        problem.setTitle(messages.getMessage("directory.import.problem.title", null, LocaleContextHolder.getLocale()));
        problem.setProperty("errors", List.of(new FieldProblem(e.file(), e.getMessage())));
        return problem;
    }
}
