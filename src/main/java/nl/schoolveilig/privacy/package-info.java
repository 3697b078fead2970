/**
 * Data breaches: the breach register (every breach, reportable or not) that the privacy track of
 * the workflow fills, and its page for privacy officers, the board and auditors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.schoolveilig.privacy;
