package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Open and overdue tasks per board, from the case's own table of open tasks. */
interface OpenTaskCounts extends Repository<CaseOpenTask, String> {

    @Query("""
            select i.boardId as board, count(t) as open, sum(case when t.dueAt < :now then 1 else 0 end) as overdue
            from CaseOpenTask t, Incident i where i.id = t.incidentId
            group by i.boardId""")
    List<PerBoard> perBoard(@Param("now") Instant now);

    interface PerBoard {
        String getBoard();

        long getOpen();

        long getOverdue();
    }
}
