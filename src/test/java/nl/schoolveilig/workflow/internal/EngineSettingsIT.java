package nl.schoolveilig.workflow.internal;

import nl.schoolveilig.support.SharedContextTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running engine has the settings the profiles asked for (docs/benchmarks.md): its decisions are
 * evaluated by the FEEL engine that keeps parsed expressions, and a case's jobs
 * are acquired exclusively over the case's process hierarchy.
 */
@SharedContextTest
class EngineSettingsIT {

    @Autowired
    ProcessEngine engine;

    @Test
    void decisionsAreEvaluatedByTheFeelEngineThatKeepsParsedExpressions() {
        assertThat(configuration().getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(CachingFeelEngine.class);
    }

    @Test
    void theJobsOfACaseAreAcquiredExclusivelyOverItsProcessHierarchy() {
        assertThat(configuration().isJobExecutorAcquireExclusiveOverProcessHierarchies()).isTrue();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
