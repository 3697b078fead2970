package nl.schoolveilig.incident;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MissedDeadlineRepository extends JpaRepository<MissedDeadline, Long> {

    List<MissedDeadline> findByIncidentIdOrderByMissedAtAsc(UUID incidentId);
}
