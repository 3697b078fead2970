package nl.schoolveilig.requests;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/requests}: make a request ({@code type} and the type's fields; an {@code Idempotency-Key} makes
 * sending it again answer the same request), read one, list one's own, end a
 * registered channel; and {@code /api/registers/...}, each register as the reader may see it.
 */
@RestController
class RequestApiController {

    /** The longest Idempotency-Key a caller may send. */
    static final int MAX_KEY_LENGTH = 100;

    private final RequestReader reader;
    private final RequestService service;
    private final RequestViews views;
    private final Registers registers;

    RequestApiController(RequestReader reader, RequestService service, RequestViews views, Registers registers) {
        this.reader = reader;
        this.service = service;
        this.views = views;
        this.registers = registers;
    }

    @PostMapping(path = "/api/requests", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestView> submit(HttpServletRequest http, Principal principal,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new InvalidRequestException(List.of(reader.problem("Idempotency-Key", "request.idempotencyKey.invalid",
                    MAX_KEY_LENGTH)));
        }
        // Read at most one byte more than allowed, however large the body claims to be.
        byte[] body = http.getInputStream().readNBytes(RequestReader.MAX_BYTES + 1);
        RequestService.Submitted submitted = service.submit(principal.getName(), reader.read(body), idempotencyKey);
        SchoolRequest request = submitted.request();
        if (!submitted.created()) {
            return ResponseEntity.ok(views.one(request));
        }
        return ResponseEntity.created(URI.create("/api/requests/" + request.reference())).body(views.one(request));
    }

    @GetMapping(path = "/api/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RequestView> mine(Principal principal) {
        return views.list(service.madeBy(principal.getName()));
    }

    @GetMapping(path = "/api/requests/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    RequestView one(@PathVariable String reference, Principal principal) {
        return service.readable(principal.getName(), reference).map(views::one).orElseThrow(RequestNotFoundException::new);
    }

    @PostMapping(path = "/api/requests/{reference}/end", produces = MediaType.APPLICATION_JSON_VALUE)
    RequestView end(@PathVariable String reference, Principal principal) {
        return views.one(service.endChannel(principal.getName(), reference));
    }

    @GetMapping(path = "/api/registers/staff-channels", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RequestView> staffChannels(Principal principal) {
        return registers.staffChannels(principal.getName());
    }

    @GetMapping(path = "/api/registers/intern-permissions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RequestView> internPermissions(Principal principal) {
        return registers.internPermissions(principal.getName());
    }

    @GetMapping(path = "/api/registers/device-permissions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RequestView> devicePermissions(Principal principal) {
        return registers.devicePermissions(principal.getName());
    }
}
