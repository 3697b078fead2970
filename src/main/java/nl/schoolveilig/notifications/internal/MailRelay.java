package nl.schoolveilig.notifications.internal;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the mail outbox holds through the configured SMTP server ({@code spring.mail.host}).
 * Without one (the embedded default) mails stay in the outbox, readable on {@code /beheer/mail}.
 */
@Component
class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

    private final MailRepository mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailRelay(MailRepository mails, ObjectProvider<JavaMailSender> sender, MailProperties properties,
            TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
        Gauge.builder("schoolveilig.mail.backlog", mails, m -> m.countByStatus(MailMessage.Status.PENDING))
                .description("Mails waiting to be sent").register(meters);
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${schoolveilig.mail.relay-interval:1s}")
    void relay() {
        transaction.executeWithoutResult(status -> {
            List<MailMessage> pending = mails.findByStatusOrderByCreatedAtAsc(MailMessage.Status.PENDING, Limit.of(100));
            JavaMailSender smtp = sender.getIfAvailable();
            for (MailMessage mail : pending) {
                if (smtp == null) {
                    mail.keptInOutbox();
                    continue;
                }
                try {
                    smtp.send(message(mail));
                    mail.sent(clock.instant());
                } catch (MailException e) {
                    log.warn("Could not send mail {} to the SMTP server: {}", mail.getId(), e.getMessage());
                    mail.failed(e.getMessage());
                }
            }
        });
    }

    private SimpleMailMessage message(MailMessage mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.getRecipient());
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        return message;
    }
}
