package nl.schoolveilig.privacy.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreachRepository extends JpaRepository<Breach, UUID> {

    Optional<Breach> findByIncidentReference(String incidentReference);

    List<Breach> findByBoardIdInOrderByDiscoveredAtDesc(Collection<String> boardIds);
}
