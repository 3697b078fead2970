package nl.schoolveilig.incident;

import java.util.UUID;

import nl.schoolveilig.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /zaken/{reference}/bewijs/{id}}: a file of a case, for exactly those who see the case with its names
 * (the same check as the case itself); everyone else gets 404, as for a case that does not exist. Images are
 * shown, PDFs downloaded; either way the browser may not guess another type or run anything in it.
 */
@RestController
class EvidenceFilePage {

    private final CaseViews cases;
    private final EvidenceFiles files;
    private final CurrentUser currentUser;

    EvidenceFilePage(CaseViews cases, EvidenceFiles files, CurrentUser currentUser) {
        this.cases = cases;
        this.files = files;
        this.currentUser = currentUser;
    }

    @GetMapping("/zaken/{reference}/bewijs/{id}")
    ResponseEntity<byte[]> file(@PathVariable String reference, @PathVariable UUID id) {
        IncidentView view = cases.view(reference, currentUser.username(), currentUser.groupIds())
                .filter(readable -> !readable.namesHidden())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file for you"));
        EvidenceFiles.Content content = files.content(view.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file for you"));
        boolean image = content.mediaType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(content.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }
}
