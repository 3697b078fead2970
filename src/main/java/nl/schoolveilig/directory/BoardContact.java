package nl.schoolveilig.directory;

/** How the public reaches a board (its privacy contact): named on the statements and every public page. */
public record BoardContact(String boardId, String name, String email, String phone) {
}
