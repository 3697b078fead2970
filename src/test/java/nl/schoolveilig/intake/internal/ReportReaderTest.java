package nl.schoolveilig.intake.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.incident.Fact;
import nl.schoolveilig.web.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Reading a report's JSON, as the REST API and Kafka do: every wrong field at once, in Dutch. */
class ReportReaderTest {

    private static final String VALID = """
            {"schoolId": "zonnewijzer", "category": "CYBERBULLYING", "description": "Filmpje in de groepsapp",
             "occurredAt": "2026-11-20T10:00:00+01:00", "facts": {"contentOnline": true, "mediaAttention": false}}""";

    private ReportReader reader;
    private LocalValidatorFactoryBean validator;

    @BeforeEach
    void reader() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Directory directory = mock(Directory.class);
        when(directory.school(anyString())).thenReturn(Optional.empty());
        when(directory.school("zonnewijzer")).thenReturn(Optional.of(
                new School("zonnewijzer", "Basisschool De Zonnewijzer", "99ZA", "noorderkim", "noorderkimwest")));
        validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.setConstraintValidatorFactory(new ConstraintValidatorFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                if (key == KnownSchool.Validator.class) {
                    return (T) new KnownSchool.Validator(directory);
                }
                try {
                    return key.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
            }
        });
        validator.afterPropertiesSet();
        reader = new ReportReader(new ObjectMapper().registerModule(new JavaTimeModule()), validator, messages);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-NL"));
    }

    @AfterEach
    void close() {
        validator.close();
        LocaleContextHolder.resetLocaleContext();
    }

    private ReportSubmission read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private java.util.List<FieldProblem> problems(String json) {
        try {
            read(json);
        } catch (InvalidReportException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aValidReportIsReadWithItsTickedFacts() {
        ReportSubmission report = read(VALID);

        assertThat(report.toReport().facts()).containsExactly(Fact.CONTENT_ONLINE);
        assertThat(report.toReport().schoolId()).isEqualTo("zonnewijzer");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThat(problems("""
                {"schoolId": "onbekend", "category": "SHOPLIFTING", "description": " ", "occurredAt": "gisteren"}"""))
                .extracting(FieldProblem::field).containsExactly("category", "description", "occurredAt", "schoolId");
    }

    @Test
    void anUnknownCategoryListsTheAllowedOnes() {
        assertThat(problems(VALID.replace("CYBERBULLYING", "SHOPLIFTING")).get(0).message())
                .contains("CYBERBULLYING", "DATA_BREACH");
    }

    @Test
    void anUnknownFactIsNamedAsTheSenderWroteIt() {
        assertThat(problems(VALID.replace("\"mediaAttention\"", "\"moonPhase\"")))
                .containsExactly(new FieldProblem("facts.moonPhase",
                        "Dit feit kennen we niet. Kies uit de feiten op het meldformulier."));
    }

    @Test
    void aValueOfTheWrongShapeNamesItsField() {
        assertThat(problems(VALID.replace("\"facts\": {", "\"offender\": \"x\", \"facts\": {")))
                .extracting(FieldProblem::field).containsExactly("offender");
    }

    @Test
    void anEmptyOrOversizedBodyIsRefusedWithoutReadingIt() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(InvalidReportException.class);
        assertThat(problems(" ".repeat(ReportReader.MAX_BYTES + 1))).extracting(FieldProblem::field).containsExactly("");
    }

    @Test
    void unreadableJsonSaysSo() {
        assertThat(problems("{\"schoolId\": ")).hasSize(1);
    }
}
