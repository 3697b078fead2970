package nl.schoolveilig.privacy.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.security.CurrentUser;
import nl.schoolveilig.web.CsvCells;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The breach register of the boards where the person is privacy officer, board member or auditor:
 * filtered, with the time left until the 72-hour deadline for every reportable breach not yet notified
 * (or how late it is), and as CSV.
 */
@Controller
class BreachRegisterPage {

    private static final Set<Role> READERS = Set.of(Role.PRIVACY_OFFICER, Role.BOARD_MEMBER, Role.AUDITOR);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private final BreachRepository breaches;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    BreachRegisterPage(BreachRepository breaches, Directory directory, CurrentUser currentUser, MessageSource messages,
            Clock clock) {
        this.breaches = breaches;
        this.directory = directory;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/privacy/datalekken")
    String register(@RequestParam Map<String, String> parameters, Model model) {
        Set<String> boards = directory.boardsWhere(currentUser.username(), READERS);
        BreachFilter filter = BreachFilter.of(parameters);
        Locale locale = LocaleContextHolder.getLocale();
        List<Breach> shown = filter.apply(of(boards));
        model.addAttribute("boards", boards);
        model.addAttribute("filter", filter);
        model.addAttribute("schools", directory.schools().stream().filter(s -> boards.contains(s.boardId())).toList());
        model.addAttribute("breaches", shown);
        model.addAttribute("deadlines", shown.stream().collect(java.util.stream.Collectors.toMap(
                Breach::getIncidentReference, b -> deadline(b, locale))));
        UriComponentsBuilder csv = UriComponentsBuilder.fromPath("/privacy/datalekken/export");
        new java.util.TreeMap<>(parameters).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                csv.queryParam(k, v);
            }
        });
        model.addAttribute("csvLink", csv.encode().build().toUriString());
        return "breach-register";
    }

    @GetMapping("/privacy/datalekken/export")
    void export(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<Breach> shown = BreachFilter.of(parameters).apply(of(directory.boardsWhere(currentUser.username(), READERS)));
        Map<String, String> schoolNames = directory.schools().stream()
                .collect(java.util.stream.Collectors.toMap(School::id, School::name));
        CSVPrinter csv = CsvCells.download(response, "datalekken.csv");
        csv.printRecord(List.of("case", "school", "discovered", "description", "measures", "reportable", "highRisk",
                "notifiedOn", "authorityReference", "deadline").stream()
                .map(c -> messages.getMessage("breach.csv." + c, null, c, locale)).toList());
        for (Breach b : shown) {
            csv.printRecord(b.getIncidentReference(), schoolNames.getOrDefault(b.getSchoolId(), b.getSchoolId()),
                    AT.format(b.getDiscoveredAt()), CsvCells.text(b.getDescription()), CsvCells.text(b.getMeasures()),
                    yesNo(b.isReportable(), locale), yesNo(b.isHighRisk(), locale),
                    b.getAuthorityNotifiedOn() == null ? "" : b.getAuthorityNotifiedOn(),
                    CsvCells.text(b.getAuthorityReference() == null ? "" : b.getAuthorityReference()), deadline(b, locale));
        }
        csv.flush();
    }

    private List<Breach> of(Set<String> boards) {
        return boards.isEmpty() ? List.of() : breaches.findByBoardIdInOrderByDiscoveredAtDesc(boards);
    }

    /** "nog 23 uur", "5 uur te laat", "op tijd gemeld", "1 dag 2 uur te laat gemeld", or "" when not reportable. */
    private String deadline(Breach breach, Locale locale) {
        Duration left = breach.leftAt(clock.instant());
        if (left != null) {
            return left.isNegative() ? text("breach.overdueBy", locale, span(left.negated(), locale))
                    : text("breach.timeLeft", locale, span(left, locale));
        }
        if (!breach.isReportable()) {
            return "";
        }
        Duration late = breach.getLateBy();
        return late == null ? text("breach.notifiedInTime", locale) : text("breach.notifiedLate", locale, span(late, locale));
    }

    private String span(Duration duration, Locale locale) {
        long hours = duration.toHours();
        long days = hours / 24;
        return days == 0 ? text("breach.hours", locale, Math.max(hours, 0))
                : text("breach.daysHours", locale, days, hours % 24);
    }

    private String yesNo(boolean value, Locale locale) {
        return text(value ? "breach.yes" : "breach.no", locale);
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
