package nl.schoolveilig.processes;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** A fault in the middle of a burst: the shape R1, R2 and R3 share. */
public final class MidBurst {

    private MidBurst() {
    }

    /**
     * Sends {@code count} new reports at about {@code perSecond} in the background; once the application has
     * opened {@code faultAfter} cases runs {@code fault} (which ends with the application able to go on); then
     * waits until the sending has ended and every acknowledged report has its triage task, or nothing moved
     * for {@code quiet}. Returns how many cases the application had opened before the fault.
     */
    public static long fault(AppProcess app, Burst burst, int count, int perSecond, long faultAfter, Runnable fault,
            Duration quiet) {
        var sending = burst.sendPaced(count, perSecond);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> app.newCases() >= faultAfter);
        long before = app.newCases();
        fault.run();
        sending.join();
        new EngineCounts(app.baseUrl()).awaitTriageTasks(burst.acknowledged().size(), app, quiet, Duration.ofMinutes(8));
        return before;
    }
}
