package nl.schoolveilig.notifications.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.incident.CaseOpened;
import nl.schoolveilig.incident.FollowLinks;
import nl.schoolveilig.incident.IncidentService;
import nl.schoolveilig.notifications.MessageQueued;
import nl.schoolveilig.requests.RequestDecided;
import nl.schoolveilig.requests.Requests;
import nl.schoolveilig.workflow.CaseClosed;
import nl.schoolveilig.workflow.DeadlineMissed;
import nl.schoolveilig.workflow.TaskAssigned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who gets an e-mail, in Dutch: the people of a task's groups (and those it is offered to by name) when a task is created for
 * them and when its term has passed; the reporter (unless anonymous) when the report is received and when the case is closed;
 * a parent who asked on the public side when their request is decided.
 * Mails carry the reference, the task's name and a link, and nothing of the report itself.
 */
@Component
class Notifications {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MailRepository mails;
    private final Directory directory;
    private final IncidentService incidents;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Requests requests;
    private final FollowLinks followLinks;

    Notifications(MailRepository mails, Directory directory, IncidentService incidents, MessageSource messages,
            MailProperties properties, Clock clock, ApplicationEventPublisher events, Requests requests,
            FollowLinks followLinks) {
        this.requests = requests;
        this.followLinks = followLinks;
        this.events = events;
        this.mails = mails;
        this.directory = directory;
        this.incidents = incidents;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(condition = "#event.created() and #event.assignee() == null")
    @Transactional(propagation = Propagation.MANDATORY)
    void taskCreated(TaskAssigned event) {
        Set<String> recipients = new LinkedHashSet<>();
        String link = properties.baseUrl() + "/werk/taken/" + event.taskId();
        for (String group : event.candidateGroups()) {
            List<String> members = directory.emailsOfGroup(group).stream().filter(recipients::add).toList();
            members.forEach(to -> queue(to, "mail.taskCreated.subject", "mail.taskCreated.body",
                    event.name(), event.reference(), link));
            told(event.reference(), group, members, "mail.taskCreated.subject", event.name(), event.reference());
        }
        for (String person : event.candidateUsers()) {
            List<String> address = directory.account(person).map(a -> a.email()).filter(recipients::add).stream().toList();
            address.forEach(to -> queue(to, "mail.taskCreated.subject", "mail.taskCreated.body", event.name(),
                    event.reference(), link));
            told(event.reference(), person, address, "mail.taskCreated.subject", event.name(), event.reference());
        }
    }

    /**
     * The task's own group (or the person it is offered to) hears that its term has passed; escalation, if any,
     * comes as a task of its own.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void deadlineMissed(DeadlineMissed event) {
        if (event.group() == null) {
            return;
        }
        String link = properties.baseUrl() + "/werk/taken/" + event.taskId();
        List<String> members = directory.emailsOfGroup(event.group());
        if (members.isEmpty()) {
            // A request's task offered to a person by name (an intern's supervisor).
            members = directory.account(event.group()).map(a -> List.of(a.email())).orElse(List.of());
        }
        members.forEach(to -> queue(to, "mail.overdue.subject", "mail.overdue.body", event.taskName(), event.reference(), link));
        told(event.reference(), event.group(), members, "mail.overdue.subject", event.taskName(), event.reference());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void reportReceived(CaseOpened event) {
        incidents.reporterEmail(event.id()).ifPresent(to -> {
            String follow = properties.baseUrl() + "/melden/volgen/" + followLinks.issue(event.id());
            queue(to, "mail.received.subject", "mail.received.body", event.reference(), follow);
            told(event.reference(), MessageQueued.REPORTER, List.of(to), "mail.received.subject", event.reference());
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void caseClosed(CaseClosed event) {
        String body = event.summaryIsForTheReporter() ? "mail.closedWithAdvice.body" : "mail.closed.body";
        incidents.reporterEmail(event.reference()).ifPresent(to -> {
            queue(to, "mail.closed.subject", body, event.reference(), event.summary() == null ? "" : event.summary());
            told(event.reference(), MessageQueued.REPORTER, List.of(to), "mail.closed.subject", event.reference());
        });
    }

    /** A parent who asked on the public side hears the decision, with the agreements made. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requestDecided(RequestDecided event) {
        requests.parentOf(event.reference()).ifPresent(parent -> {
            String agreements = parent.conditions() == null ? ""
                    : messages.getMessage("mail.requestDecided.agreements", new Object[] {parent.conditions()}, DUTCH);
            queue(parent.email(), "mail.requestDecided.subject", "mail.requestDecided.body", event.reference(), parent.name(),
                    messages.getMessage("request.type." + event.type(), null, DUTCH),
                    messages.getMessage("request.decision." + event.decision(), null, DUTCH), agreements, parent.schoolName());
            told(event.reference(), MessageQueued.PARENT, List.of(parent.email()), "mail.requestDecided.subject",
                    event.reference());
        });
    }

    /** One line on the case's trail per audience, with the subject and without any address. */
    private void told(String reference, String audience, List<String> recipients, String subjectCode, Object... args) {
        if (!recipients.isEmpty()) {
            events.publishEvent(new MessageQueued(reference, audience, messages.getMessage(subjectCode, args, DUTCH),
                    clock.instant()));
        }
    }

    private void queue(String to, String subjectCode, String bodyCode, Object... args) {
        mails.save(new MailMessage(to, messages.getMessage(subjectCode, args, DUTCH),
                messages.getMessage(bodyCode, args, DUTCH), clock.instant()));
    }
}
