package nl.schoolveilig.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.web.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The task form's rules, on the real forms of bpmn/forms, without an engine or a Spring context. */
class FormCheckTest {

    private static final Clock NOV_23 = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private FormCheck check;
    private TaskForms forms;

    @BeforeEach
    void dutch() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        check = new FormCheck(messages, NOV_23);
        forms = new TaskForms(new ObjectMapper());
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-NL"));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private FormCheck.Result check(String form, Map<String, Object> submitted) {
        return check.check(forms.form(form).orElseThrow(), submitted, Map.of());
    }

    @Test
    void aFieldTheFormDoesNotHaveIsRefusedByName() {
        FormCheck.Result result = check("notify-authority", Map.of("authorityNotifiedOn", "2026-11-22",
                "authorityReference", "AP-1", "caseOwnerGroup", "board_noorderkim"));

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).containsExactly(new FieldProblem("caseOwnerGroup",
                "Dit veld hoort niet bij deze taak (of mag niet worden gewijzigd)."));
    }

    @Test
    void everyMissingRequiredFieldIsNamedAtOnce() {
        FormCheck.Result result = check("notify-authority", Map.of());

        assertThat(result.problems()).extracting(FieldProblem::field).containsExactly("authorityNotifiedOn", "authorityReference");
        assertThat(result.problems()).extracting(FieldProblem::message).containsOnly("Vul dit veld in.");
    }

    @Test
    void aDateIsAnIsoDateNotInTheFuture() {
        assertThat(check("notify-authority", Map.of("authorityNotifiedOn", "23-11-2026", "authorityReference", "AP-1"))
                .problems()).containsExactly(new FieldProblem("authorityNotifiedOn", "Vul een datum in."));
        assertThat(check("notify-authority", Map.of("authorityNotifiedOn", "2026-11-24", "authorityReference", "AP-1"))
                .problems()).containsExactly(new FieldProblem("authorityNotifiedOn", "Deze datum ligt in de toekomst."));
        assertThat(check("notify-authority", Map.of("authorityNotifiedOn", "2026-11-23", "authorityReference", "AP-1"))
                .valid()).isTrue();
    }

    @Test
    void aChoiceIsOneOfTheOptionsAndATextNoLongerThanAllowed() {
        FormCheck.Result result = check("notify-authority", Map.of("authorityNotifiedOn", "2026-11-22",
                "authorityReference", "x".repeat(101)));
        FormCheck.Result choice = check("assess-breach", Map.of("breachConfirmed", "MAYBE"));

        assertThat(result.problems()).containsExactly(new FieldProblem("authorityReference",
                "Deze tekst is te lang: gebruik maximaal 100 tekens."));
        assertThat(choice.problems()).containsExactly(new FieldProblem("breachConfirmed", "Ongeldige keuze. Kies uit: YES, NO."));
    }

    @Test
    void aFieldHiddenByItsConditionIsNeitherRequiredNorRecorded() {
        FormCheck.Result noBreach = check("assess-breach", Map.of("breachConfirmed", "NO",
                "breachNoBreachReason", "De lijst is nooit verstuurd."));
        FormCheck.Result breach = check("assess-breach", Map.of("breachConfirmed", "YES"));

        assertThat(noBreach.valid()).isTrue();
        assertThat(noBreach.recorded()).containsOnlyKeys("breachConfirmed", "breachNoBreachReason");
        assertThat(breach.problems()).extracting(FieldProblem::field)
                .containsExactly("breachDescription", "breachHighRisk", "breachMeasures", "breachReportable");
    }

    @Test
    void aValueOfTheWrongKindIsRefused() {
        FormCheck.Result result = check("notify-authority", Map.of("authorityNotifiedOn", "2026-11-22",
                "authorityReference", Map.of("nested", "object")));

        assertThat(result.problems()).containsExactly(new FieldProblem("authorityReference", "Vul hier tekst in."));
    }
}
