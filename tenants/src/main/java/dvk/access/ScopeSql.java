package dvk.access;

/**
 * The scope rule as every query that reads tenant data writes it. The rule itself is the PostgreSQL function
 * {@code in_scope(path, scope)} (V44): a row is readable when its unit's path lies in one of the caller's subtrees,
 * or always for an administrator (a null scope). A query binds {@link Caller#readScope()} as {@code :scope}
 * ({@link #PARAMETER}) and ANDs {@link #reads} of the path of the unit the row belongs to, so a row outside the
 * scope is not found, exactly like a row that does not exist. {@link Caller#reads} is the same rule for a path
 * already in hand; {@code ScopeRuleTest} proves the two agree.
 */
public final class ScopeSql {

    /** The named parameter the fragments read: bind {@link Caller#readScope()} to it. */
    public static final String PARAMETER = "scope";

    /** True when the unit at {@code path} (an SQL ltree expression, e.g. {@code u.path}) is in the caller's scope. */
    public static String reads(String path) {
        return "in_scope(" + path + ", :" + PARAMETER + "::ltree[])";
    }

    /**
     * The same rule for a statement bound by position: the caller's {@link Caller#readScope()} goes to its one
     * {@code ?}, in the place of the fragment.
     */
    public static String readsAt(String path) {
        return "in_scope(" + path + ", CAST(? AS ltree[]))";
    }

    /**
     * True when a campaign issued by the unit at {@code issuerPath} is visible: it applies down its issuer's tree,
     * so it is visible from a scope that holds its issuer or lies below it ({@code in_scope_or_above}, V44). Only
     * campaigns use this: their rows (fields, periods) are read through the campaign, and every figure read
     * through a visible campaign is still bounded by {@link #reads} of the unit it is about.
     */
    public static String seesCampaignOf(String issuerPath) {
        return "in_scope_or_above(" + issuerPath + ", :" + PARAMETER + "::ltree[])";
    }

    private ScopeSql() {}
}
