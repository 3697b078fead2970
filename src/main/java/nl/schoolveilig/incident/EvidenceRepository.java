package nl.schoolveilig.incident;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByIncidentIdOrderByAddedAtAsc(UUID incidentId);
}
