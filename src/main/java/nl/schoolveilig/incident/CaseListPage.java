package nl.schoolveilig.incident;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /zaken}: the case list with search, filters, sort and pages, and its CSV download. */
@Controller
class CaseListPage {

    private final CaseList cases;
    private final CaseListController api;
    private final Directory directory;
    private final CurrentUser currentUser;

    CaseListPage(CaseList cases, CaseListController api, Directory directory, CurrentUser currentUser) {
        this.cases = cases;
        this.api = api;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping("/zaken")
    String list(@RequestParam Map<String, String> parameters, Model model) {
        model.addAttribute("filters", parameters);
        model.addAttribute("schools", schoolsOfReader());
        model.addAttribute("categories", Category.values());
        model.addAttribute("severities", CaseQuery.SEVERITIES);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("outcomes", CaseQuery.OUTCOMES);
        model.addAttribute("sorts", CaseQuery.Sort.values());
        model.addAttribute("csvLink", link("/zaken/export", parameters, null));
        try {
            CaseQuery query = CaseQuery.parse(parameters);
            CaseList.Page page = cases.find(query, currentUser.username(), currentUser.groupIds());
            model.addAttribute("page", page);
            model.addAttribute("previousLink", query.page() > 1 ? link("/zaken", parameters, query.page() - 1) : null);
            model.addAttribute("nextLink", query.page() < page.pages() ? link("/zaken", parameters, query.page() + 1) : null);
        } catch (InvalidCaseQueryException e) {
            model.addAttribute("problems", e.problems());
        }
        return "cases";
    }

    @GetMapping("/zaken/export")
    void export(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        api.writeCsv(cases.all(CaseQuery.parse(parameters), currentUser.username(), currentUser.groupIds()), response);
    }

    /** The schools of the boards where the reader holds any role: the choice of the school filter. */
    private List<School> schoolsOfReader() {
        Set<String> boards = directory.boardsWhere(currentUser.username(), java.util.EnumSet.allOf(Role.class));
        return directory.schools().stream().filter(s -> boards.contains(s.boardId())).toList();
    }

    static String link(String path, Map<String, String> parameters, Integer page) {
        Map<String, String> kept = new LinkedHashMap<>();
        new TreeSet<>(parameters.keySet()).forEach(key -> {
            String value = parameters.get(key);
            if (!"page".equals(key) && value != null && !value.isBlank()) {
                kept.put(key, value);
            }
        });
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        kept.forEach(uri::queryParam);
        if (page != null) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
