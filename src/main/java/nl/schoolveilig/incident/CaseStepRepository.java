package nl.schoolveilig.incident;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStepRepository extends JpaRepository<CaseStep, Long> {

    List<CaseStep> findByIncidentIdOrderByCompletedAtAscIdAsc(UUID incidentId);
}
