package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseOpenTaskRepository extends JpaRepository<CaseOpenTask, String> {

    /** Per case, its number of open tasks and how many of them are past their due date. */
    @Query("""
            select t.incidentId as incidentId, count(t) as open,
                   sum(case when t.dueAt < :now then 1 else 0 end) as overdue
            from CaseOpenTask t where t.incidentId in :incidents group by t.incidentId""")
    List<OpenCount> countsOf(@Param("incidents") Collection<UUID> incidents, @Param("now") Instant now);

    interface OpenCount {
        UUID getIncidentId();

        long getOpen();

        long getOverdue();
    }
}
