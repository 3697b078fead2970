package nl.schoolveilig.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
class Person {

    @Id
    private String username;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "board_id")
    private String boardId;

    protected Person() {
    }

    Person(String username, String fullName, String email, String passwordHash, String boardId) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.boardId = boardId;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String boardId() {
        return boardId;
    }
}
