package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, UUID> {

    Optional<Incident> findByReference(String reference);

    /** Board and school of many cases at once (for lists), without loading the cases. */
    @Query("select i.reference as reference, i.boardId as boardId, i.schoolId as schoolId from Incident i where i.reference in :references")
    List<PlaceRow> placesOf(@Param("references") Collection<String> references);

    interface PlaceRow {
        String getReference();

        String getBoardId();

        String getSchoolId();
    }

    /** Closed cases, closed before the moment, whose personal data is still there. */
    @Query("select i from Incident i where i.status = nl.schoolveilig.incident.IncidentStatus.CLOSED"
            + " and i.anonymisedAt is null and i.closedAt < :before")
    List<Incident> findClosedNotAnonymisedBefore(@Param("before") Instant before);

    /**
     * The case, locked until the transaction ends, when its personal data is still there: of two nodes
     * running the retention at once, the second waits for the first and then finds nothing to do.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Incident i where i.reference = :reference and i.anonymisedAt is null")
    Optional<Incident> lockNotAnonymised(@Param("reference") String reference);

    /** Cases of the board, reported before, with an offender of this role and (normalised) name. */
    @Query("""
            select count(i) from Incident i
            where i.boardId = :boardId and i.offenderRole = :role and i.reportedAt < :before
              and lower(trim(i.offenderName)) = :name""")
    long countEarlierCasesOf(@Param("boardId") String boardId, @Param("role") PersonRole role,
            @Param("name") String normalisedName, @Param("before") Instant before);
}
