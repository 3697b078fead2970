package nl.schoolveilig.intake.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeReceiptRepository extends JpaRepository<IntakeReceipt, String> {
}
