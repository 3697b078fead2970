package nl.schoolveilig.audit.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.incident.CaseViews;
import nl.schoolveilig.incident.IncidentView;
import nl.schoolveilig.security.CurrentUser;
import nl.schoolveilig.web.CsvCells;
import nl.schoolveilig.workflow.CasePath;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /zaken/{reference}}: a case as the reader may see it, with where it stands, its diagrams with
 * the path it took, its timeline from the trail and whether that trail is intact; and its exports
 * (the timeline as CSV, the case as PDF for the board's file). Whoever may not read the case gets 404.
 */
@Controller
class CasePage {

    private final CaseViews cases;
    private final CasePath path;
    private final CaseTimeline timeline;
    private final CaseStanding standing;
    private final AuditLog log;
    private final TimelineCsv csv;
    private final CasePdf pdf;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    CasePage(CaseViews cases, CasePath path, CaseTimeline timeline, CaseStanding standing, AuditLog log, TimelineCsv csv,
            CasePdf pdf, CurrentUser currentUser, java.time.Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.path = path;
        this.timeline = timeline;
        this.standing = standing;
        this.log = log;
        this.csv = csv;
        this.pdf = pdf;
        this.currentUser = currentUser;
    }

    @GetMapping("/zaken/{reference}")
    String page(@PathVariable String reference, Model model) {
        model.addAllAttributes(contents(readable(reference), LocaleContextHolder.getLocale()));
        return "case";
    }

    /** Everything the page and the PDF show. */
    Map<String, Object> contents(IncidentView view, Locale locale) {
        return Map.of("case", view, "standing", standing.of(view, locale), "timeline", timeline.of(view.reference(), locale),
                "verification", log.verify(view.reference()), "holders", holders(view), "diagrams",
                path.diagrams(view.reference()), "now", clock.instant());
    }

    /** The diagrams of the case with the path it took, for the viewer on the page. */
    @GetMapping("/zaken/{reference}/diagrammen")
    @ResponseBody
    List<Map<String, Object>> diagrams(@PathVariable String reference) {
        readable(reference);
        return path.diagrams(reference).stream().map(d -> Map.<String, Object>of("name", d.name(), "running", d.running(),
                "passed", d.passed(), "current", d.current(), "xml", UriComponentsBuilder
                        .fromPath("/zaken/{reference}/diagram").queryParam("process", d.processDefinitionId())
                        .buildAndExpand(reference).encode().toUriString())).toList();
    }

    @GetMapping("/zaken/{reference}/diagram")
    @ResponseBody
    ResponseEntity<String> diagram(@PathVariable String reference, @RequestParam("process") String processDefinitionId) {
        readable(reference);
        return path.xml(reference, processDefinitionId)
                .map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This case did not run that process"));
    }

    @GetMapping("/zaken/{reference}/tijdlijn.csv")
    void timelineCsv(@PathVariable String reference, HttpServletResponse response) throws IOException {
        IncidentView view = readable(reference);
        csv.write(timeline.of(view.reference(), LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale(),
                CsvCells.download(response, "tijdlijn-" + view.reference() + ".csv"));
    }

    @GetMapping("/zaken/{reference}/pdf")
    void pdf(@PathVariable String reference, HttpServletResponse response) throws IOException {
        IncidentView view = readable(reference);
        Locale locale = LocaleContextHolder.getLocale();
        // Rendered whole before the first byte goes out: a failure is an error page, not half a PDF.
        java.io.ByteArrayOutputStream document = new java.io.ByteArrayOutputStream();
        pdf.write(contents(view, locale), locale, document);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"zaak-" + view.reference() + ".pdf\"");
        document.writeTo(response.getOutputStream());
    }

    private Map<String, String> holders(IncidentView view) {
        Map<String, String> holders = new java.util.HashMap<>();
        view.tasks().forEach(t -> holders.put(t.id(), standing.holder(t)));
        return holders;
    }

    private IncidentView readable(String reference) {
        return cases.view(reference, currentUser.username(), currentUser.groupIds())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case with this reference for you"));
    }
}
