package nl.schoolveilig.support;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules on the page the browser shows now. */
public final class Accessibility {

    private Accessibility() {
    }

    /** The serious and critical violations, each with its rule, help and where, leaving out the given selectors. */
    public static List<String> seriousViolations(WebDriver browser, String... excluded) {
        AxeBuilder axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        for (String selector : excluded) {
            axe.exclude(selector);
        }
        return axe.analyze(browser).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Accessibility::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
