package nl.schoolveilig.incident;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The cases' figures for operations (docs/operations.md): starts still queued (read at each scrape), and
 * per board the open and the overdue tasks (counted every {@code schoolveilig.metrics.refresh-interval}).
 */
@Component
class CaseMetrics {

    private final OpenTaskCounts counts;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;

    CaseMetrics(MeterRegistry meters, PendingStartRepository pending, OpenTaskCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
        Gauge.builder("schoolveilig.case.starts.queued", pending, PendingStartRepository::count)
                .description("Recorded cases whose workflow is still to be started").register(meters);
        this.open = MultiGauge.builder("schoolveilig.tasks.open").description("Open tasks per board").register(meters);
        this.overdue = MultiGauge.builder("schoolveilig.tasks.overdue").description("Open tasks past their due date, per board")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${schoolveilig.metrics.refresh-interval:30s}")
    void refresh() {
        List<OpenTaskCounts.PerBoard> perBoard = counts.perBoard(clock.instant());
        open.register(perBoard.stream().map(b -> MultiGauge.Row.of(Tags.of("board", b.getBoard()), b.getOpen())).toList(),
                true);
        overdue.register(perBoard.stream()
                .map(b -> MultiGauge.Row.of(Tags.of("board", b.getBoard()), b.getOverdue())).toList(), true);
    }
}
