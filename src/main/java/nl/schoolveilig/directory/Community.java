package nl.schoolveilig.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "community")
class Community {

    @Id
    private String id;
    @Column(name = "board_id")
    private String boardId;
    private String name;

    protected Community() {
    }

    Community(String id, String boardId, String name) {
        this.id = id;
        this.boardId = boardId;
        this.name = name;
    }

    String id() {
        return id;
    }

    String boardId() {
        return boardId;
    }

    String name() {
        return name;
    }
}
