package nl.schoolveilig.workflow;

/** A message for a case whose workflow has ended (closed, withdrawn) or never existed. */
public class NoRunningCaseException extends RuntimeException {

    public NoRunningCaseException(String reference) {
        super("Case " + reference + " has no running workflow (closed or withdrawn)");
    }
}
