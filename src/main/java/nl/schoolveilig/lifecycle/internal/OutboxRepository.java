package nl.schoolveilig.lifecycle.internal;

import java.util.List;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.QueryHints;

interface OutboxRepository extends JpaRepository<OutboxEvent, Long> {

    /** The oldest unpublished events, locked; rows another node has locked are skipped where the database can. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    List<OutboxEvent> findByPublishedAtIsNullOrderBySeqAsc(Limit limit);

    long countByPublishedAtIsNull();
}
