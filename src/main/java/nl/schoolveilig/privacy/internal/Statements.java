package nl.schoolveilig.privacy.internal;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.schoolveilig.directory.BoardContact;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.incident.Category;
import nl.schoolveilig.incident.Retention;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy statement and the accessibility statement, public like the report form and linked from every
 * page's footer. What they say about retention and contacts comes from the running configuration and the
 * directory, so they cannot drift from what the application does.
 */
@Controller
class Statements {

    private final Directory directory;
    private final Retention retention;
    private final Period requestRetention;
    private final MessageSource messages;

    Statements(Directory directory, Retention retention, MessageSource messages,
            @Value("${schoolveilig.retention.period:P2Y}") Period requestRetention) {
        this.directory = directory;
        this.retention = retention;
        this.messages = messages;
        this.requestRetention = requestRetention;
    }

    /**
     * A board as the privacy statement names it.
     *
     * @param standard   how long a closed case keeps its personal data, for most categories
     * @param exceptions categories the board keeps longer or shorter, with their period
     */
    record BoardStatement(BoardContact contact, String standard, Map<Category, String> exceptions) {
    }

    @GetMapping("/privacyverklaring")
    String privacy(Model model, Locale locale) {
        List<BoardStatement> boards = directory.boardContacts().stream()
                .map(contact -> statementOf(contact, locale)).toList();
        model.addAttribute("boards", boards);
        model.addAttribute("contacts", directory.boardContacts());
        model.addAttribute("requestRetention", text(requestRetention, locale));
        return "privacy-statement";
    }

    @GetMapping("/toegankelijkheidsverklaring")
    String accessibility(Model model) {
        model.addAttribute("boards", directory.boardContacts());
        return "accessibility-statement";
    }

    private BoardStatement statementOf(BoardContact contact, Locale locale) {
        Map<Category, Period> periods = retention.periodsOf(contact.boardId());
        Period standard = periods.values().stream()
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<Category, String> exceptions = new java.util.EnumMap<>(Category.class);
        periods.forEach((category, period) -> {
            if (!period.equals(standard)) {
                exceptions.put(category, text(period, locale));
            }
        });
        return new BoardStatement(contact, text(standard, locale), exceptions);
    }

    /** "2 jaar", "1 jaar en 6 maanden", "90 dagen". */
    private String text(Period period, Locale locale) {
        Period normal = period.normalized();
        List<String> parts = new java.util.ArrayList<>();
        if (normal.getYears() > 0) {
            parts.add(messages.getMessage("statement.years", new Object[] {normal.getYears()}, locale));
        }
        if (normal.getMonths() > 0) {
            parts.add(messages.getMessage("statement.months", new Object[] {normal.getMonths()}, locale));
        }
        if (normal.getDays() > 0 || parts.isEmpty()) {
            parts.add(messages.getMessage("statement.days", new Object[] {normal.getDays()}, locale));
        }
        return String.join(messages.getMessage("statement.and", null, locale), parts);
    }
}
