package org.govopen.commons.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives every identity that holds one of the six staff roles the derived role {@link Roles#STAFF}, so that an
 * endpoint open to all staff says {@code @RolesAllowed(Roles.STAFF)} instead of repeating the list. A token that
 * claims {@code staff} itself without a staff role does not keep it.
 */
@ApplicationScoped
public class StaffRole implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        boolean staff = Roles.ALL_STAFF.stream().anyMatch(identity::hasRole);
        if (staff == identity.hasRole(Roles.STAFF)) {
            return Uni.createFrom().item(identity);
        }
        if (staff) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.STAFF).build());
        }
        Set<String> roles = new HashSet<>(identity.getRoles());
        roles.remove(Roles.STAFF);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission)
                .addRoles(roles)
                .build());
    }
}
