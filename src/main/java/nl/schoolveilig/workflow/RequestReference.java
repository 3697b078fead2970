package nl.schoolveilig.workflow;

/**
 * The engine runs two kinds of process, told apart by their business key: a case ({@code INC-2026-000001})
 * and a request made before anything went wrong ({@code VZ-2026-000001}, the requests module). The events
 * of the engine carry the key; what belongs to a case only (its record, its lifecycle topic) ignores a
 * request's. The key is set when the process starts and nobody but an engine administrator can change it.
 */
public final class RequestReference {

    public static final String PREFIX = "VZ-";

    /** The condition of an event listener that handles the event of a case only. */
    public static final String OF_A_CASE = "!T(nl.schoolveilig.workflow.RequestReference).is(#root.args[0].reference())";

    /** The condition of an event listener that handles the event of a request only. */
    public static final String OF_A_REQUEST = "T(nl.schoolveilig.workflow.RequestReference).is(#root.args[0].reference())";

    private RequestReference() {
    }

    public static boolean is(String reference) {
        return reference != null && reference.startsWith(PREFIX);
    }
}
