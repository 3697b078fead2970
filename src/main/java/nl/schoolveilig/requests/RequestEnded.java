package nl.schoolveilig.requests;

import java.time.Instant;

/** A registered channel was ended by its owner: it leaves the register, its history stays. */
public record RequestEnded(String reference, RequestType type, String boardId, String schoolId, String endedBy,
        Instant at) {
}
