package nl.schoolveilig.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/** The engine checks its schema when it starts, so Flyway must have created it first. */
@Component
class ProcessEngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

    ProcessEngineAfterFlyway() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
    }
}
