package nl.schoolveilig.lifecycle.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEvent, Long> {

    /** The oldest unpublished events (the relay reads them holding the relay's lock: see {@link OutboxRelay}). */
    List<OutboxEvent> findByPublishedAtIsNullOrderBySeqAsc(Limit limit);

    long countByPublishedAtIsNull();
}
