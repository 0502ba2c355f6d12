package org.govopen.commons.security;

/** The staff roles carried in a token's {@code groups} claim. Citizens need no account. */
public final class Roles {

    /** 登记人员: registers applications and messages. */
    public static final String CLERK = "clerk";
    /** 审核人员: reviews applications and catalogues. */
    public static final String REVIEWER = "reviewer";
    /** 承办人员: handles a case in the department that holds the information. */
    public static final String HANDLER = "handler";
    /** 公开办负责人: approves extensions, publishes catalogues. */
    public static final String SUPERVISOR = "supervisor";
    /** 值守人员: watches deadlines and incidents. */
    public static final String OPERATOR = "operator";
    /** 系统管理员: units, domains, calendar years. */
    public static final String ADMIN = "admin";

    /**
     * 监测源: the machine identity of a monitoring feed that pushes signals to sentiment-service. Not a staff role:
     * it reads nothing and acts on no case.
     */
    public static final String FEED = "feed";

    /**
     * 12345 热线: the machine identity of the city hotline that transfers tickets to interaction-service and reports
     * its call-back results. Not a staff role: it reads only the tickets it transferred.
     */
    public static final String HOTLINE = "hotline";

    /**
     * Any of the six roles above: given to such identities by {@link StaffRole}; for endpoints open to every staff
     * member. Never put it in a token.
     */
    public static final String STAFF = "staff";

    /** The six staff roles. */
    public static final java.util.List<String> ALL_STAFF = java.util.List.of(CLERK, REVIEWER, HANDLER, SUPERVISOR,
            OPERATOR, ADMIN);

    private Roles() {
    }
}
