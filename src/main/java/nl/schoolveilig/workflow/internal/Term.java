package nl.schoolveilig.workflow.internal;

/**
 * Every term the processes set on a task or a timer, with its source. Terms the law fixes are the
 * same for every board; terms that are the board's own policy have a standard here and may be set per
 * board in {@code schoolveilig.terms.boards.<board>} (see application.yml). The triage terms per
 * severity are policy too, but live in the triage DMN beside the severity they belong to.
 */
public enum Term {

    /** Board policy: contacts with the parents of each pupil involved within a school day. */
    INFORM_PARENTS("P1D", Basis.POLICY, Start.NOW),
    /** Board policy: the digicoach has the content taken down within a school day. */
    CONTENT_REMOVAL("P1D", Basis.POLICY, Start.NOW),
    /** Board policy: the conversation with the victim within two school days. */
    VICTIM_CONVERSATION("P2D", Basis.POLICY, Start.NOW),
    /** Board policy (DOMAIN.md, victim care): the aftercare check two weeks after the conversation. */
    AFTERCARE_CHECK("P14D", Basis.POLICY, Start.NOW_CALENDAR),
    /** Board policy: the aftercare check is recorded within two school days. */
    AFTERCARE_REPORT("P2D", Basis.POLICY, Start.NOW),
    /** Board policy: the team hears within a school day what it may say. */
    TEAM_BRIEFING("P1D", Basis.POLICY, Start.NOW),
    /** Board policy (press protocol): a press inquiry is answered within four hours. */
    PRESS_INQUIRY_ANSWER("PT4H", Basis.POLICY, Start.NOW),
    /** Board policy: the privacy officer assesses a possible breach within 24 hours of the report, so the legal term can be met. */
    BREACH_ASSESSMENT("PT24H", Basis.POLICY, Start.REPORT),
    /** AVG art. 33 lid 1: a notifiable breach is reported to the Autoriteit Persoonsgegevens within 72 hours of discovery. */
    BREACH_NOTIFICATION("PT72H", Basis.LAW, Start.REPORT),
    /** Board policy: the board is warned when 24 of the 72 hours are left. */
    BREACH_BOARD_WARNING("PT48H", Basis.POLICY, Start.REPORT),
    /** AVG art. 34 ("zonder onredelijke vertraging"): board policy sets two school days to inform the data subjects. */
    INFORM_DATA_SUBJECTS("P2D", Basis.POLICY, Start.NOW),
    /** WPO art. 4a / WVO art. 3 ("onverwijld"): the board consults the confidential inspector; policy sets four hours. */
    CONSULT_CONFIDENTIAL_INSPECTOR("PT4H", Basis.POLICY, Start.NOW),
    /** Board policy: the accused hears of the suspicion within a school day of the decision. */
    INFORM_ACCUSED("P1D", Basis.POLICY, Start.NOW),
    /** WPO art. 4a lid 3 (aangifteplicht): the report to the police follows without delay; policy sets a school day. */
    FILE_POLICE_REPORT("P1D", Basis.POLICY, Start.NOW),
    /** Meldcode step 1: the signals are mapped within two school days. */
    MELDCODE_MAP_SIGNALS("P2D", Basis.POLICY, Start.NOW),
    /** Meldcode step 5: a decided report to Veilig Thuis is made within a school day. */
    REPORT_VEILIG_THUIS("P1D", Basis.POLICY, Start.NOW),
    /** Board policy: the role the catalogue names decides on the measure within five school days. */
    SANCTION_DECISION("P5D", Basis.POLICY, Start.NOW),
    /** Besluit toezicht (Inspectie, schorsing langer dan een dag): the suspension is recorded and reported within a school day. */
    SUSPENSION_RECORD("P1D", Basis.POLICY, Start.NOW),
    /** WPO art. 40 lid 11 / WVO art. 27 lid 2: before expelling, the board hears the teacher and the parents; policy sets five school days. */
    EXPULSION_HEARING("P5D", Basis.POLICY, Start.NOW),
    /** WPO art. 40 lid 11 / WVO art. 27 lid 2a: eight weeks to find another school before the pupil may be expelled. */
    ALTERNATIVE_SCHOOL_SEARCH("P56D", Basis.LAW, Start.NOW_CALENDAR),
    /** Awb art. 6:7: six weeks to object to an expulsion decision. */
    OBJECTION_WINDOW("P42D", Basis.LAW, Start.NOW_CALENDAR),
    /** Board policy (issue 10): the intern supervisor decides on an intern's post within two school days. */
    INTERN_POST_DECISION("P2D", Basis.POLICY, Start.NOW),
    /** Board policy: a day after the supervisor was reminded, the school leader decides instead. */
    INTERN_POST_ESCALATION("P3D", Basis.POLICY, Start.NOW),
    /** Board policy: the school leader (or the board's communications) advises on a publication within a school day. */
    PUBLICATION_ADVICE("P1D", Basis.POLICY, Start.NOW);

    private final String standard;
    private final Basis basis;
    private final Start start;

    Term(String standard, Basis basis, Start start) {
        this.standard = standard;
        this.basis = basis;
        this.start = start;
    }

    /** The term as ISO-8601 ({@code PT72H}, {@code P2D}) when the board sets nothing else. */
    public String standard() {
        return standard;
    }

    public boolean fixedByLaw() {
        return basis == Basis.LAW;
    }

    Start start() {
        return start;
    }

    enum Basis {
        /** Set by law: no board may change it. */
        LAW,
        /** The board's own policy: may be set per board. */
        POLICY
    }

    enum Start {
        /** From now; days are school days, hours run on the clock (see {@link SchoolCalendar}). */
        NOW,
        /** From now, on the calendar: weeks and days as the law counts them, holidays included. */
        NOW_CALENDAR,
        /** From the moment the incident was reported, on the clock. */
        REPORT
    }
}
