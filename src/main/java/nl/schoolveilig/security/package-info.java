/**
 * Logins and who may see what: Spring Security over the directory, the same login for the Camunda
 * webapps and engine REST API, and the directory mirrored into Camunda's identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package nl.schoolveilig.security;
