package nl.schoolveilig.directory;

/** A school as the rest of the application sees it. */
public record School(String id, String name, String brin, String boardId, String communityId) {
}
