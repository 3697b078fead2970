package nl.schoolveilig.incident;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fact a reporter can tick on a report, which the board's triage policy weighs. Adding one: a
 * constant here, its input in each board's triage DMN ({@code bpmn/incident-triage-<board>.dmn}, by
 * its {@link #variable()} name) and its label in the message files ({@code report.field.facts.<variable>}).
 * The report form, the REST API, Kafka events, the case record and the process all follow from here.
 */
public enum Fact {

    THREAT_OF_VIOLENCE,
    SEXUAL_IMAGES_OF_MINORS,
    PERSONAL_DATA_EXPOSED,
    MEDIA_ATTENTION,
    IN_SCHOOL_CONTEXT,
    CONTENT_ONLINE,
    ACCOUNT_HACKED;

    private final String variable = camelCase(name());

    /** The fact's name in a report's JSON, on the form and as the process variable the policy reads. */
    public String variable() {
        return variable;
    }

    public static Optional<Fact> ofVariable(String name) {
        return Arrays.stream(values()).filter(f -> f.variable.equals(name)).findFirst();
    }

    /** Every fact by its variable name, true for those reported: what the triage policy reads. */
    public static Map<String, Boolean> asVariables(Collection<Fact> reported) {
        Map<String, Boolean> variables = new LinkedHashMap<>();
        for (Fact fact : values()) {
            variables.put(fact.variable, reported.contains(fact));
        }
        return variables;
    }

    /** The facts ticked in a {@code {"threatOfViolence": true, …}} map; names are checked on intake. */
    public static Set<Fact> ticked(Map<String, Boolean> facts) {
        Set<Fact> ticked = EnumSet.noneOf(Fact.class);
        if (facts != null) {
            facts.forEach((name, value) -> {
                if (Boolean.TRUE.equals(value)) {
                    ticked.add(ofVariable(name).orElseThrow(() -> new IllegalArgumentException("Unknown fact " + name)));
                }
            });
        }
        return ticked;
    }

    /** Shows the facts as every fact by name, true where reported ({@code {"threatOfViolence": false, …}}). */
    public static final class AsVariables extends com.fasterxml.jackson.databind.util.StdConverter<Set<Fact>, Map<String, Boolean>> {

        @Override
        public Map<String, Boolean> convert(Set<Fact> facts) {
            return asVariables(facts);
        }
    }

    private static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
