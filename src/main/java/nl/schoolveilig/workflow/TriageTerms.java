package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.schoolveilig.workflow.internal.SchoolCalendar;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.springframework.stereotype.Component;

/**
 * What a board's policy promises a reporter before their case is triaged: by when the school will have looked at
 * any report, the longest of the terms in the policy's table {@code triage-deadline-<board>} (read from the
 * deployed table itself, so it changes with the policy), counted in school days from the moment of the report.
 */
@Component
public class TriageTerms {

    private final RepositoryService repository;
    private final SchoolCalendar calendar;

    TriageTerms(RepositoryService repository, SchoolCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    /** The latest moment the board's policy allows for a report's triage; empty for a board without a policy. */
    public Optional<Instant> latestTriage(String boardId, Instant reportedAt) {
        String key = "triage-deadline-" + boardId;
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        return terms(key, repository.getDmnModelInstance(definition.getId()).getModelElementsByType(DecisionTable.class))
                .stream().map(term -> calendar.deadline(reportedAt, term)).max(Instant::compareTo);
    }

    /** Every term the table can answer: its rules' outputs, e.g. {@code "PT4H"}, {@code "P5D"}. */
    private static List<String> terms(String key, Collection<DecisionTable> tables) {
        return tables.stream().filter(table -> key.equals(table.getParentElement().getAttributeValue("id")))
                .flatMap(table -> table.getRules().stream())
                .flatMap(rule -> rule.getOutputEntries().stream())
                .map(entry -> entry.getText().getTextContent())
                .map(text -> text.strip().replace("\"", ""))
                .filter(term -> term.startsWith("P"))
                .toList();
    }
}
