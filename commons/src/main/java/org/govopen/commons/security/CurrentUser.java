package org.govopen.commons.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The staff member behind the current request: name, roles and the unit that bounds what they see. */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** Who acted, for case histories: the token's {@code upn}/{@code preferred_username}, or "anonymous". */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The unit claim; a staff token without one sees nothing. */
    public String unit() {
        Object claim = jwt.getClaim(UNIT_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    public boolean covers(String unit) {
        return UnitScope.covers(unit(), unit);
    }

    /** 403 unless {@code unit} is the user's unit or lies below it. */
    public void requireCovers(String unit) {
        if (!covers(unit)) {
            throw new ForbiddenException("所属单位“" + unit() + "”无权处理单位“" + unit + "”的事项");
        }
    }

    /** The user's unit; 403 when the token has none. */
    public String requireUnit() {
        String unit = unit();
        if (unit == null || unit.isBlank()) {
            throw new ForbiddenException("令牌中缺少所属单位（unit）");
        }
        return unit;
    }
}
