package nl.schoolveilig.directory;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code /beheer/organisatie} (administrators): the import of the board's organisation with its per-row report,
 * and who holds which role per school, with the roles nobody holds (their tasks go to the board).
 */
@Controller
class OrganisationPage {

    private final OrganisationImport imports;
    private final RoleOverview overview;
    private final MessageSource messages;

    OrganisationPage(OrganisationImport imports, RoleOverview overview, MessageSource messages) {
        this.imports = imports;
        this.overview = overview;
        this.messages = messages;
    }

    @GetMapping("/beheer/organisatie")
    String page(Model model) {
        model.addAttribute("files", OrganisationImport.File.values());
        model.addAttribute("schools", overview.perSchool());
        return "organisation";
    }

    @PostMapping("/beheer/organisatie")
    String importFiles(HttpServletRequest request, Model model) throws IOException {
        try {
            model.addAttribute("report", imports.importFiles(files(request)));
        } catch (CsvFile.UnusableFileException e) {
            model.addAttribute("importProblem", e.getMessage());
        }
        return page(model);
    }

    /** The files sent, by their part name; an empty file input sends an empty part, which is no file. */
    static Map<OrganisationImport.File, byte[]> files(HttpServletRequest request) throws IOException {
        Map<OrganisationImport.File, byte[]> files = new EnumMap<>(OrganisationImport.File.class);
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (OrganisationImport.File file : OrganisationImport.File.values()) {
                MultipartFile part = multipart.getFile(file.partName());
                if (part != null && !part.isEmpty()) {
                    if (part.getSize() > CsvFile.MAX_BYTES) {
                        throw new MaxUploadSizeExceededException(CsvFile.MAX_BYTES);
                    }
                    files.put(file, part.getBytes());
                }
            }
        }
        return files;
    }

    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unusableUpload(MultipartException e, Model model) {
        model.addAttribute("importProblem", messages.getMessage(e instanceof MaxUploadSizeExceededException
                ? "directory.import.tooLargeShort" : "directory.import.noFiles", null, LocaleContextHolder.getLocale()));
        return page(model);
    }
}
