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
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;

    protected Board() {
    }

    Board(String id, String name, String policyName, String contactEmail, String contactPhone) {
        this.id = id;
        this.name = name;
        this.policyName = policyName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
    }

    BoardContact contact() {
        return new BoardContact(id, name, contactEmail, contactPhone);
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
