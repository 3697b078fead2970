package nl.schoolveilig.intake.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.schoolveilig.incident.Category;
import nl.schoolveilig.incident.Fact;
import nl.schoolveilig.incident.IncidentReport;
import nl.schoolveilig.incident.PersonRole;
import nl.schoolveilig.incident.Platform;
import nl.schoolveilig.incident.VictimRole;

/**
 * A report as it arrives, on any channel: the JSON body of the REST API and of the Kafka event, and
 * the fields of the report form. Its constraints are the one place where a report is validated.
 */
public class ReportSubmission {

    /** Constraints of the report form only: questions a person answers there, which other systems may leave out. */
    interface AskedOnTheForm {
    }

    static final int DESCRIPTION_MAX = 5000;
    static final int NAME_MAX = 200;

    @NotBlank(message = "{report.schoolId.required}")
    @Size(max = 40, message = "{report.schoolId.unknown}")
    @KnownSchool
    private String schoolId;

    @NotNull(message = "{report.category.required}")
    private Category category;

    @NotBlank(message = "{report.description.required}")
    @Size(max = DESCRIPTION_MAX, message = "{report.description.size}")
    private String description;

    @PastOrPresent(message = "{report.occurredAt.future}")
    private OffsetDateTime occurredAt;

    private Platform platform;

    @Size(max = 2000, message = "{report.contentUrl.size}")
    @WebAddress
    private String contentUrl;

    @Valid
    private Offender offender = new Offender();

    @Valid
    private Victim victim = new Victim();

    /** The facts by name ({@code {"threatOfViolence": true}}); absent or false is not ticked. */
    private Map<@KnownFact String, Boolean> facts = new LinkedHashMap<>();

    @Valid
    private Reporter reporter = new Reporter();

    /** The validated value the rest of the application works with; absent parts get their defaults. */
    IncidentReport toReport() {
        Offender o = offender == null ? new Offender() : offender;
        Victim v = victim == null ? new Victim() : victim;
        Reporter r = reporter == null ? new Reporter() : reporter;
        return new IncidentReport(schoolId.trim(), category, description.strip(), occurredAt, platform,
                blankToNull(contentUrl),
                new IncidentReport.Involved(o.role == null ? PersonRole.UNKNOWN : o.role, blankToNull(o.name)),
                new IncidentReport.Victim(v.role == null ? VictimRole.NONE : v.role, blankToNull(v.name)),
                Fact.ticked(facts),
                new IncidentReport.Reporter(r.role == null ? PersonRole.UNKNOWN : r.role, blankToNull(r.name),
                        blankToNull(r.email), r.anonymous));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static class Offender {

        private PersonRole role;

        @Size(max = NAME_MAX, message = "{report.name.size}")
        private String name;

        public PersonRole getRole() {
            return role;
        }

        public void setRole(PersonRole role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class Victim {

        /** The form asks, it does not assume: a person chooses, "weet ik niet" included. Other channels may leave it out. */
        @NotNull(groups = AskedOnTheForm.class, message = "{report.victim.role.required}")
        private VictimRole role;

        @Size(max = NAME_MAX, message = "{report.name.size}")
        private String name;

        public VictimRole getRole() {
            return role;
        }

        public void setRole(VictimRole role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class Reporter {

        private PersonRole role;

        @Size(max = NAME_MAX, message = "{report.name.size}")
        private String name;

        @Email(message = "{report.reporter.email.invalid}")
        @Size(max = 254, message = "{report.reporter.email.invalid}")
        private String email;

        private boolean anonymous;

        public PersonRole getRole() {
            return role;
        }

        public void setRole(PersonRole role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public boolean isAnonymous() {
            return anonymous;
        }

        public void setAnonymous(boolean anonymous) {
            this.anonymous = anonymous;
        }
    }

    public String getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(OffsetDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public void setContentUrl(String contentUrl) {
        this.contentUrl = contentUrl;
    }

    public Offender getOffender() {
        return offender;
    }

    public void setOffender(Offender offender) {
        this.offender = offender;
    }

    public Victim getVictim() {
        return victim;
    }

    public void setVictim(Victim victim) {
        this.victim = victim;
    }

    public Map<String, Boolean> getFacts() {
        return facts;
    }

    public void setFacts(Map<String, Boolean> facts) {
        this.facts = facts;
    }

    public Reporter getReporter() {
        return reporter;
    }

    public void setReporter(Reporter reporter) {
        this.reporter = reporter;
    }
}
