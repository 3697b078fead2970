package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, UUID> {

    Optional<Incident> findByReference(String reference);

    /** Cases of the board, reported before, with an offender of this role and (normalised) name. */
    @Query("""
            select count(i) from Incident i
            where i.boardId = :boardId and i.offenderRole = :role and i.reportedAt < :before
              and lower(trim(i.offenderName)) = :name""")
    long countEarlierCasesOf(@Param("boardId") String boardId, @Param("role") PersonRole role,
            @Param("name") String normalisedName, @Param("before") Instant before);
}
