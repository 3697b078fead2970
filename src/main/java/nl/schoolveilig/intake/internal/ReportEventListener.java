package nl.schoolveilig.intake.internal;

import java.util.List;
import java.util.Locale;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import nl.schoolveilig.events.RejectedEventException;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.incident.Channel;
import nl.schoolveilig.web.FieldProblem;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reports from other systems as CloudEvents 1.0 on {@value Topics#REPORTED}, in structured
 * ({@code application/cloudevents+json}) or binary mode. The listener returns only after the case is
 * committed, so the offset is committed after the case; a duplicate ({@code source} + {@code id}
 * seen before) opens nothing. An event that can never become a case goes to the dead-letter topic.
 */
@Component
class ReportEventListener {

    static final String EVENT_TYPE = "nl.schoolveilig.incident.reported.v1";

    private static final Logger log = LoggerFactory.getLogger(ReportEventListener.class);

    private final ReportReader reader;
    private final IntakeService intake;

    ReportEventListener(ReportReader reader, IntakeService intake) {
        this.reader = reader;
        this.intake = intake;
    }

    @KafkaListener(id = "report-intake", topics = Topics.REPORTED)
    void onReported(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = CloudEventRecords.read(record);
        if (!EVENT_TYPE.equals(event.getType())) {
            throw new RejectedEventException("unknown-type",
                    "Event type '" + event.getType() + "' is not accepted here; expected " + EVENT_TYPE);
        }
        ReportSubmission submission = readReport(event);
        IntakeResult result = intake.accept(submission.toReport(), Channel.EVENT,
                SubmissionKey.ofEvent(event.getSource().toString(), event.getId()));
        log.info("Report event {} from {} -> {} ({})", event.getId(), event.getSource(),
                result.incident().reference(), result.created() ? "new case" : "duplicate");
    }

    private ReportSubmission readReport(CloudEvent event) {
        CloudEventData data = event.getData();
        Locale previous = LocaleContextHolder.getLocale();
        // The dead-letter reason is read by the sender's engineers: English.
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            ReportSubmission submission = reader.read(data == null ? null : data.toBytes());
            String subject = event.getSubject();
            if (subject != null && !subject.equals(submission.getSchoolId())) {
                throw new InvalidReportException(List.of(new FieldProblem("subject",
                        "The subject '" + subject + "' must equal data.schoolId '" + submission.getSchoolId() + "'")));
            }
            return submission;
        } catch (InvalidReportException e) {
            throw new RejectedEventException("invalid-report", e.getMessage());
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}
