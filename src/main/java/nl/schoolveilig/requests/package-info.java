/**
 * Requests made before anything goes wrong, as the boards' protocols ask: a staff member tells the school
 * leader about a private channel, an intern asks to post, an employee asks before publishing, a pupil's
 * smart device is allowed. Each is a small process of its own ({@code bpmn/*.bpmn}); the request, its
 * decision and its history are kept here, in the transaction of each step; the registers are read from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package nl.schoolveilig.requests;
