package nl.schoolveilig.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailRepository extends JpaRepository<MailMessage, UUID> {

    List<MailMessage> findByStatusOrderByCreatedAtAsc(MailMessage.Status status, Limit limit);

    List<MailMessage> findTop200ByOrderByCreatedAtDesc();
}
