/**
 * What every page shares: language (Dutch by default, English on request), the layout, the login
 * and start pages, and the clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package nl.schoolveilig.web;
