package nl.schoolveilig.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "role_assignment")
class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type")
    private ScopeType scopeType;
    @Column(name = "scope_id")
    private String scopeId;

    protected RoleAssignment() {
    }

    RoleAssignment(String username, Role role, String scopeId) {
        this.username = username;
        this.role = role;
        this.scopeType = role.scopeType();
        this.scopeId = scopeId;
    }

    String username() {
        return username;
    }

    Role role() {
        return role;
    }

    String scopeId() {
        return scopeId;
    }

    String groupId() {
        return role.groupId(scopeId);
    }
}
