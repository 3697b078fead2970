package nl.schoolveilig.incident;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.security.CurrentUser;
import nl.schoolveilig.web.CsvCells;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases}: the case list as JSON (a page) or, with {@code Accept: text/csv}, every matching case. */
@RestController
@RequestMapping("/api/cases")
class CaseListController {

    private final CaseList cases;
    private final CaseCsv csv;
    private final CurrentUser currentUser;

    CaseListController(CaseList cases, CaseCsv csv, CurrentUser currentUser) {
        this.cases = cases;
        this.csv = csv;
        this.currentUser = currentUser;
    }

    record PageResponse(long total, int page, int size, int pages, List<CaseRow> cases) {
    }

    @GetMapping(produces = "application/json")
    PageResponse list(@RequestParam Map<String, String> parameters) {
        CaseList.Page page = cases.find(CaseQuery.parse(parameters), currentUser.username(), currentUser.groupIds());
        return new PageResponse(page.total(), page.query().page(), page.query().size(), page.pages(), page.rows());
    }

    @GetMapping(produces = "text/csv")
    void csv(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        writeCsv(cases.all(CaseQuery.parse(parameters), currentUser.username(), currentUser.groupIds()), response);
    }

    void writeCsv(List<CaseRow> rows, HttpServletResponse response) throws IOException {
        csv.write(rows, LocaleContextHolder.getLocale(), CsvCells.download(response, "zaken.csv"));
    }
}
