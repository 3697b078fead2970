package nl.schoolveilig.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile refuses to start with a missing or default secret, demo users or password logins,
 * before anything else starts, and says which setting to fill in. (An empty application stands in for
 * Schoolveilig: the check runs on the environment, whatever the application.)
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsTest {

    private static final String[] COMPLETE = {
            "--schoolveilig.security.oidc.issuer-uri=https://login.example/bestuur",
            "--schoolveilig.security.oidc.client-id=schoolveilig",
            "--schoolveilig.security.oidc.client-secret=Zq8v-2kP9xR4tLm7Wn3b",
            "--spring.datasource.password=a-password-of-its-own",
            "--schoolveilig.security.administrators=fvandijk"};

    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }

    @Test
    void startingWithNothingFilledInNamesEverySettingAndItsEnvironmentVariable(CapturedOutput output) {
        assertThatThrownBy(() -> start()).hasMessageContaining("Unsafe production settings");

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("SCHOOLVEILIG_OIDC_ISSUER_URI")
                .contains("SCHOOLVEILIG_OIDC_CLIENT_ID")
                .contains("SCHOOLVEILIG_OIDC_CLIENT_SECRET")
                .contains("SCHOOLVEILIG_DB_PASSWORD")
                .contains("SCHOOLVEILIG_ADMINISTRATORS");
    }

    @Test
    void aDefaultOrShortClientSecretIsRefused() {
        assertThatThrownBy(() -> start(with("--schoolveilig.security.oidc.client-secret=changeme")))
                .hasMessageContaining("client-secret").hasMessageContaining("default");
        assertThatThrownBy(() -> start(with("--schoolveilig.security.oidc.client-secret=0123456789")))
                .hasMessageContaining("shorter than 16");
    }

    @Test
    void aDefaultDatabasePasswordIsRefused() {
        assertThatThrownBy(() -> start(with("--spring.datasource.password=postgres")))
                .hasMessageContaining("spring.datasource.password").hasMessageContaining("default");
    }

    @Test
    void theDemoDirectoryIsRefused() {
        assertThatThrownBy(() -> start(with("--schoolveilig.demo.enabled=true")))
                .hasMessageContaining("schoolveilig.demo.enabled must be false");
    }

    @Test
    void passwordLoginsAreRefused() {
        assertThatThrownBy(() -> start(with("--schoolveilig.security.password-login=true")))
                .hasMessageContaining("schoolveilig.security.password-login must be false");
    }

    @Test
    void withEverySettingFilledInItStarts() {
        try (ConfigurableApplicationContext context = start(COMPLETE)) {
            assertThat(context.getEnvironment().getActiveProfiles()).contains("production", "postgres");
            assertThat(context.getEnvironment().getProperty("schoolveilig.demo.enabled")).isEqualTo("false");
        }
    }

    @Test
    void withoutTheProductionProfileNothingIsChecked() {
        SpringApplication application = new SpringApplication(NothingElse.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getEnvironment().getProperty("schoolveilig.security.password-login")).isEqualTo("true");
        }
    }

    /** The complete settings with this one instead of its complete value. */
    private static String[] with(String setting) {
        String name = setting.substring(0, setting.indexOf('=') + 1);
        return java.util.stream.Stream.concat(
                java.util.Arrays.stream(COMPLETE).filter(complete -> !complete.startsWith(name)),
                java.util.stream.Stream.of(setting)).toArray(String[]::new);
    }

    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(NothingElse.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("production");
        return application.run(args);
    }
}
