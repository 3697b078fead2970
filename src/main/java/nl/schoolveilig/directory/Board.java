package nl.schoolveilig.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "board")
class Board {

    @Id
    private String id;
    private String name;
    @Column(name = "policy_name")
    private String policyName;

    protected Board() {
    }

    Board(String id, String name, String policyName) {
        this.id = id;
        this.name = name;
        this.policyName = policyName;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String policyName() {
        return policyName;
    }
}
