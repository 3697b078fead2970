package nl.schoolveilig.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import nl.schoolveilig.support.SharedContextTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Each board publishes its sanction catalogue, straight from its deployed DMN, to everyone. */
@SharedContextTest
class SanctionCataloguePageIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;

    @Test
    void eachBoardPublishesItsOwnCatalogueWithoutLogin() {
        String noorderkim = http.getForObject("/maatregelen/noorderkim", String.class);
        String kempenhorst = http.getForObject("/maatregelen/kempenhorst", String.class);

        assertThat(noorderkim).contains("Maatregelen bij digitale overtredingen — Stichting Noorderkim (demo)")
                .contains("Gesprek met de leerling").contains("Schorsing").contains("2 of meer")
                .doesNotContain("Herstelgesprek");
        assertThat(kempenhorst).contains("Herstelgesprek met dader en slachtoffer").contains("Verwijdering")
                .contains("Stagebegeleider");
        assertThat(http.getForEntity("/maatregelen/nergens", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aChangedCatalogueIsPublishedAsSoonAsItIsDeployedWithoutACodeChange() throws IOException {
        String dmn;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/sanctions-kempenhorst.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Deployment changed = repository.createDeployment().name("kempenhorst catalogue, revised")
                .addString("sanctions-kempenhorst.dmn",
                        dmn.replace("Gesprek met de ouder", "Gesprek met de ouder en de directeur")).deploy();
        try {
            assertThat(http.getForObject("/maatregelen/kempenhorst", String.class))
                    .contains("Gesprek met de ouder en de directeur").contains("versie 2");
        } finally {
            repository.deleteDeployment(changed.getId(), true);
        }
        assertThat(http.getForObject("/maatregelen/kempenhorst", String.class)).doesNotContain("en de directeur");
    }
}
