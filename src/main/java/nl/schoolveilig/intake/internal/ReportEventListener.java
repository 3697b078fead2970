package nl.schoolveilig.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import nl.schoolveilig.events.BatchListening;
import nl.schoolveilig.events.DeadLetters;
import nl.schoolveilig.events.RejectedEventException;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.incident.Channel;
import nl.schoolveilig.web.FieldProblem;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Reports from other systems as CloudEvents 1.0 on {@value Topics#REPORTED}, in structured
 * ({@code application/cloudevents+json}) or binary mode, read in batches (up to {@code max.poll.records}).
 * An event that can never become a case goes to the dead-letter topic with its reason; the others of the
 * batch become cases in one transaction. The listener returns only after the cases are committed and
 * the rejects are on the dead-letter topic, so the offsets are committed after both; a duplicate
 * ({@code source} + {@code id} seen before) opens nothing.
 *
 * <p>When the batch's transaction fails, its reports are taken one by one; the first that still fails is
 * handed to the error handler as the failed record (records before it are done): a passing fault of the
 * database is retried until it passes, anything else a few times and then dead-lettered.
 */
@Component
class ReportEventListener {

    static final String EVENT_TYPE = "nl.schoolveilig.incident.reported.v1";

    private static final Logger log = LoggerFactory.getLogger(ReportEventListener.class);

    private final ReportReader reader;
    private final IntakeService intake;
    private final DeadLetters deadLetters;
    private final IntakeMetrics metrics;

    ReportEventListener(ReportReader reader, IntakeService intake, DeadLetters deadLetters, IntakeMetrics metrics) {
        this.metrics = metrics;
        this.reader = reader;
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "report-intake", topics = Topics.REPORTED, containerFactory = BatchListening.CONTAINER_FACTORY)
    void onReported(List<ConsumerRecord<String, byte[]>> records) {
        DeadLetters.Batch rejects = deadLetters.batch();
        List<ConsumerRecord<String, byte[]>> accepted = new ArrayList<>();
        List<IntakeService.Submission> submissions = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event = null;
            try {
                event = CloudEventRecords.read(record);
                submissions.add(submission(event));
                accepted.add(record);
            } catch (RejectedEventException e) {
                metrics.rejected(Channel.EVENT, e.reason());
                rejects.reject(record, event == null ? null : event.getId(),
                        event == null ? null : event.getSource().toString(), e);
            }
        }
        rejects.await();
        int created = submissions.isEmpty() ? 0 : accept(accepted, submissions);
        log.info("Report events: {} read, {} new cases, {} duplicates, {} rejected", records.size(), created,
                submissions.size() - created, records.size() - submissions.size());
    }

    private int accept(List<ConsumerRecord<String, byte[]>> records, List<IntakeService.Submission> submissions) {
        List<IntakeResult> results;
        try {
            results = intake.acceptAll(submissions);
        } catch (RuntimeException batchFailed) {
            log.info("A batch of {} reports failed as a whole ({}); taking them one by one", submissions.size(),
                    batchFailed.getClass().getSimpleName());
            results = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                IntakeService.Submission submission = submissions.get(i);
                try {
                    results.add(intake.accept(submission.report(), submission.channel(), submission.key()));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("Report could not be accepted", e, records.get(i));
                }
            }
        }
        int created = 0;
        for (int i = 0; i < results.size(); i++) {
            IntakeResult result = results.get(i);
            created += result.created() ? 1 : 0;
            log.debug("Report event {} -> {} ({})", records.get(i).offset(), result.incident().reference(),
                    result.created() ? "new case" : "duplicate");
        }
        return created;
    }

    private IntakeService.Submission submission(CloudEvent event) {
        if (!EVENT_TYPE.equals(event.getType())) {
            throw new RejectedEventException("unknown-type",
                    "Event type '" + event.getType() + "' is not accepted here; expected " + EVENT_TYPE);
        }
        ReportSubmission submission = readReport(event);
        return new IntakeService.Submission(submission.toReport(), Channel.EVENT,
                SubmissionKey.ofEvent(event.getSource().toString(), event.getId()));
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
