package nl.schoolveilig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features are modules: no cycles, no reaching into another feature's internals (a module's
 * sub-packages, such as {@code workflow.internal}), and docs/modules.md says what each depends on.
 */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(SchoolveiligApplication.class);

    @Test
    void featuresDependOnlyOnEachOthersPublicSurfaceAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theModuleDiagramIsDrawnAndDocsModulesMdListsEveryModulesDependencies() throws Exception {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        String diagram = Files.readString(Path.of("target/spring-modulith-docs/components.puml"));
        modules.stream().forEach(module -> assertThat(diagram).contains("\"" + module.getDisplayName() + "\""));

        String table = modules.stream().sorted(Comparator.comparing(ApplicationModule::getName))
                .map(module -> "| `" + module.getName() + "` | " + dependencies(module) + " |")
                .collect(Collectors.joining("\n"));
        assertThat(Files.readString(Path.of("docs/modules.md")))
                .as("docs/modules.md lists the modules' dependencies as the code has them; paste this table:%n%s", table)
                .contains(table);
    }

    private String dependencies(ApplicationModule module) {
        String names = module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName).sorted()
                .map(name -> "`" + name + "`").collect(Collectors.joining(", "));
        return names.isEmpty() ? "—" : names;
    }
}
