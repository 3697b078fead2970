package nl.schoolveilig.incident;

/** Incident categories from the seed policies (DOMAIN.md). */
public enum Category {
    CYBERBULLYING, THREAT, SEXUAL_MISCONDUCT, IMAGE_WITHOUT_CONSENT, DATA_BREACH, CONFIDENTIAL_INFORMATION,
    UNPROFESSIONAL_CONDUCT, DEFAMATION, COPYRIGHT, DEVICE_RULES, OTHER
}
