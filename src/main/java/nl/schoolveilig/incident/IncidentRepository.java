package nl.schoolveilig.incident;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<Incident, UUID> {

    Optional<Incident> findByReference(String reference);
}
