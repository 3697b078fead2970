package nl.schoolveilig.directory;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A group (klas) of a school, and the teachers who teach it. */
@Entity
@Table(name = "school_group")
class SchoolGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id")
    private String schoolId;
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_teacher", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "username")
    private Set<String> teachers = new LinkedHashSet<>();

    protected SchoolGroup() {
    }

    SchoolGroup(String schoolId, String name) {
        this.schoolId = schoolId;
        this.name = name;
    }

    Long id() {
        return id;
    }

    String schoolId() {
        return schoolId;
    }

    String name() {
        return name;
    }

    Set<String> teachers() {
        return teachers;
    }
}
