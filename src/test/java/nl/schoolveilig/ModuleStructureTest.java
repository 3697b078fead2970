package nl.schoolveilig;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The features are modules: no cycles, and no reaching into another feature's internals. */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(SchoolveiligApplication.class);

    @Test
    void featuresDependOnlyOnEachOthersPublicSurfaceAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramsForTheDocs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
