package nl.schoolveilig.workflow.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Publishes each board's sanction catalogue, read from the DMN that is deployed now: what a board
 * changes in its table is what pupils, parents and staff read here (the seeds ask boards to
 * communicate their measures). Open to everyone.
 */
@Controller
class SanctionCataloguePage {

    private final RepositoryService repository;
    private final Directory directory;
    private final MessageSource messages;

    SanctionCataloguePage(RepositoryService repository, Directory directory, MessageSource messages) {
        this.repository = repository;
        this.directory = directory;
        this.messages = messages;
    }

    /** One rule of the catalogue in words; the columns follow the DMN's inputs and outputs. */
    record Row(String offender, String category, String severity, String earlier, String measure, String decidedBy,
            String note) {
    }

    @GetMapping("/maatregelen/{boardId}")
    String catalogue(@PathVariable String boardId, Model model) {
        String boardName = directory.boardName(boardId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey("sanctions-" + boardId).latestVersion().singleResult();
        if (definition == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        DmnModelInstance dmn = repository.getDmnModelInstance(definition.getId());
        DecisionTable table = dmn.getModelElementsByType(DecisionTable.class).iterator().next();
        List<Row> rows = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<String> in = rule.getInputEntries().stream().map(InputEntry::getTextContent).map(String::strip).toList();
            List<String> out = rule.getOutputEntries().stream().map(OutputEntry::getTextContent).map(String::strip).toList();
            rows.add(new Row(values(in.get(0), "personRole"), values(in.get(1), "category"), values(in.get(2), "severity"),
                    earlier(in.get(3)), unquote(out.get(1)), decider(unquote(out.get(2))),
                    rule.getDescription() == null ? "" : rule.getDescription().getTextContent()));
        }
        model.addAttribute("boardName", boardName);
        model.addAttribute("version", definition.getVersion());
        model.addAttribute("rows", rows);
        return "sanction-catalogue";
    }

    private String values(String feel, String messagePrefix) {
        if (feel.isEmpty()) {
            return message("catalogue.any");
        }
        return Arrays.stream(feel.split(",")).map(String::strip).map(SanctionCataloguePage::unquote)
                .map(v -> messages.getMessage(messagePrefix + "." + v, null, v, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(", "));
    }

    private String earlier(String feel) {
        if (feel.isEmpty()) {
            return message("catalogue.any");
        }
        return message("catalogue.atLeast", feel.replace(">=", "").strip());
    }

    private String decider(String role) {
        return "NONE".equals(role) ? message("catalogue.nobody") : Role.valueOf(role).dutchName();
    }

    private static String unquote(String text) {
        return text.replaceAll("^\"|\"$", "");
    }

    private String message(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, locale);
    }
}
