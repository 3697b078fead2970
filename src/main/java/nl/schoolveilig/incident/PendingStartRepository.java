package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PendingStartRepository extends JpaRepository<PendingStart, UUID> {

    List<PendingStart> findByNodeOrderByQueuedAt(String node, Limit limit);

    List<PendingStart> findByQueuedAtBeforeOrderByQueuedAt(Instant before, Limit limit);

    /**
     * Takes the case's start for this transaction: 1 for the one transaction that deleted the row, 0 for
     * any other (a second node waits for the first one's commit, then finds nothing).
     */
    @Modifying
    @Query("delete from PendingStart p where p.incidentId = :incidentId")
    int claim(@Param("incidentId") UUID incidentId);
}
