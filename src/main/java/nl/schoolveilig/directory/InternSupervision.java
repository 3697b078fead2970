package nl.schoolveilig.directory;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Who supervises an intern at a school (the stagebegeleider the intern asks before posting). */
@Entity
@Table(name = "intern_supervision")
@IdClass(InternSupervision.Key.class)
class InternSupervision {

    @Id
    private String intern;
    @Id
    @Column(name = "school_id")
    private String schoolId;
    private String supervisor;

    protected InternSupervision() {
    }

    InternSupervision(String intern, String schoolId, String supervisor) {
        this.intern = intern;
        this.schoolId = schoolId;
        this.supervisor = supervisor;
    }

    String intern() {
        return intern;
    }

    String schoolId() {
        return schoolId;
    }

    String supervisor() {
        return supervisor;
    }

    /** The intern and the school: an intern has one supervisor per school. */
    static class Key implements Serializable {

        private String intern;
        private String schoolId;

        protected Key() {
        }

        Key(String intern, String schoolId) {
            this.intern = intern;
            this.schoolId = schoolId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.intern.equals(intern) && key.schoolId.equals(schoolId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(intern, schoolId);
        }
    }
}
