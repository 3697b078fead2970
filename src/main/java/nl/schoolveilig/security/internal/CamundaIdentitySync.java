package nl.schoolveilig.security.internal;

import java.util.List;
import java.util.UUID;

import nl.schoolveilig.directory.Account;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.DirectoryReady;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors the directory into Camunda's identity at start-up: users, one group per role and scope,
 * memberships, and the few global authorizations everyone needs to use Tasklist. Which tasks a
 * person sees follows from the candidate groups on the tasks (the engine grants those groups access).
 */
@Component
class CamundaIdentitySync {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

    private final Directory directory;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final DirectoryAuthorities users;

    CamundaIdentitySync(Directory directory, IdentityService identity,
            AuthorizationService authorizations, DirectoryAuthorities users) {
        this.directory = directory;
        this.identity = identity;
        this.authorizations = authorizations;
        this.users = users;
    }

    @EventListener
    void mirror(DirectoryReady ready) {
        List<Account> accounts = directory.accounts();
        accounts.forEach(this::syncAccount);
        grantToEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantToEveryone(Resources.FILTER, Authorization.ANY, Permissions.READ);
        grantToEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        grantToEveryone(Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        log.info("Synchronised {} directory accounts into the Camunda identity", accounts.size());
    }

    private void syncAccount(Account account) {
        User user = identity.createUserQuery().userId(account.username()).singleResult();
        if (user == null) {
            user = identity.newUser(account.username());
            // Logins go through Spring Security; the engine's own password is never used.
            user.setPassword(UUID.randomUUID().toString());
        }
        String[] names = splitName(account.fullName());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setEmail(account.email());
        identity.saveUser(user);

        for (Account.RoleGrant grant : account.grants()) {
            ensureGroup(grant.groupId(), grant.role().dutchName() + " (" + grant.scopeId() + ")", "WORKFLOW");
            ensureMembership(account.username(), grant.groupId());
        }
        if (users.isAdministrator(account.username())) {
            ensureGroup(Groups.CAMUNDA_ADMIN, "Beheerders", Groups.GROUP_TYPE_SYSTEM);
            ensureMembership(account.username(), Groups.CAMUNDA_ADMIN);
        }
        // A role that ended (someone left, or the import gave them another) ends in the engine too.
        List<String> held = account.groupIds();
        for (Group group : identity.createGroupQuery().groupMember(account.username()).list()) {
            boolean administrator = group.getId().equals(Groups.CAMUNDA_ADMIN) && users.isAdministrator(account.username());
            if (!held.contains(group.getId()) && !administrator) {
                identity.deleteMembership(account.username(), group.getId());
            }
        }
    }

    private void ensureGroup(String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private void grantToEveryone(Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!exists) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            grant.setUserId(Authorization.ANY);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }

    private static String[] splitName(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? new String[] {fullName, ""}
                : new String[] {fullName.substring(0, space), fullName.substring(space + 1)};
    }
}
