package nl.schoolveilig.intake;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeReceiptRepository extends JpaRepository<IntakeReceipt, String> {
}
