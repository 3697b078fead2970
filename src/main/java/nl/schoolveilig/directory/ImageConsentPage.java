package nl.schoolveilig.directory;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /registers/beeldgebruik}: the groups and pupils the person may see with their image consent per
 * channel; for those who look after a school, the import of the pupil administration's export with its
 * report; and the check "mag deze foto?" for chosen pupils of a group on a channel.
 */
@Controller
class ImageConsentPage {

    private final PupilRegister register;
    private final ImageConsentImport imports;

    ImageConsentPage(PupilRegister register, ImageConsentImport imports) {
        this.register = register;
        this.imports = imports;
    }

    @GetMapping("/registers/beeldgebruik")
    String register(HttpServletRequest request, Model model) {
        return page(request, model);
    }

    @GetMapping("/registers/beeldgebruik/controle")
    String check(@RequestParam("groep") long groupId, @RequestParam("kanaal") ImageChannel channel,
            @RequestParam(name = "leerling", required = false) List<Long> pupilIds, HttpServletRequest request, Model model) {
        register.check(request.getUserPrincipal().getName(), request.isUserInRole("ADMIN"), groupId, channel,
                pupilIds == null ? List.of() : pupilIds).ifPresent(check -> model.addAttribute("check", check));
        model.addAttribute("checkAsked", true);
        return page(request, model);
    }

    @PostMapping("/registers/beeldgebruik")
    String importCsv(@RequestParam("bestand") MultipartFile file, HttpServletRequest request, Model model) throws IOException {
        String username = request.getUserPrincipal().getName();
        boolean administrator = request.isUserInRole("ADMIN");
        if (!imports.mayImport(username, administrator)) {
            model.addAttribute("importError", "consent.import.noSchools");
        } else if (file.getSize() > ImageConsentImport.MAX_BYTES) {
            model.addAttribute("importError", "consent.import.tooLargeShort");
        } else {
            try {
                model.addAttribute("report", imports.importCsv(file.getBytes(), username, administrator));
            } catch (CsvFile.UnusableFileException e) {
                model.addAttribute("importProblem", e.getMessage());
            }
        }
        return page(request, model);
    }

    /** A form sent without its file, or with one over the upload limit: the page again, saying so. */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String noFile(MultipartException e, HttpServletRequest request, Model model) {
        model.addAttribute("importError", e instanceof MaxUploadSizeExceededException
                ? "consent.import.tooLargeShort" : "consent.import.noFile");
        return page(request, model);
    }

    private String page(HttpServletRequest request, Model model) {
        String username = request.getUserPrincipal().getName();
        boolean administrator = request.isUserInRole("ADMIN");
        model.addAttribute("groups", register.groupsFor(username, administrator));
        model.addAttribute("mayImport", imports.mayImport(username, administrator));
        model.addAttribute("channels", ImageChannel.values());
        model.addAttribute("columns", String.join(";", ImageConsentImport.expectedColumns()));
        return "image-consent";
    }
}
