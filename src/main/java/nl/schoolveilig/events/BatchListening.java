package nl.schoolveilig.events;

/**
 * The listener container factory for batch listeners: a poll's records in one call, offsets committed
 * after the call returns (ack mode BATCH), the same error handling as every listener.
 */
public final class BatchListening {

    public static final String CONTAINER_FACTORY = "batchListenerContainerFactory";

    private BatchListening() {
    }
}
