package nl.schoolveilig.notifications.internal;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.QueryHints;

interface MailRepository extends JpaRepository<MailMessage, UUID> {

    /** Pending mail, locked: another node skips these rows (where the database can) instead of sending them too. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    List<MailMessage> findByStatusOrderByCreatedAtAsc(MailMessage.Status status, Limit limit);

    List<MailMessage> findTop200ByOrderByCreatedAtDesc();

    long countByStatus(MailMessage.Status status);
}
