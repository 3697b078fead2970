/**
 * The organisation directory: boards, communities, schools, the people who work there and the
 * roles they hold. Routing of tasks and the logins of the application are resolved from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package nl.schoolveilig.directory;
