package org.govopen.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The unit claim limits a user to that unit and those below it (architecture: Security). */
class UnitScopeTest {

    @Test
    void aUnitCoversItselfAndItsDescendantsOnly() {
        assertTrue(UnitScope.covers("nanning/qingxiu", "nanning/qingxiu"));
        assertTrue(UnitScope.covers("nanning/qingxiu", "nanning/qingxiu/xinzhu"));
        assertFalse(UnitScope.covers("nanning/qingxiu", "nanning/qingxiu-kaifaqu"));
        assertFalse(UnitScope.covers("nanning/qingxiu", "nanning"));
        assertFalse(UnitScope.covers(null, "nanning"));
    }

    @Test
    void ancestorsAndLikePattern() {
        assertEquals(List.of("a", "a/b"), UnitScope.ancestors("a/b/c"));
        assertEquals("a\\_b/%", UnitScope.belowPattern("a_b"));
        assertTrue(UnitScope.isWellFormed("nanning/qingxiu/xinzhu-jiedao"));
        assertFalse(UnitScope.isWellFormed("Nanning//x"));
    }

    @Test
    void theQueryConditionNamesTheUnitAndTheUnitsBelowIt() {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        assertEquals("(a.unit = :unit or a.unit like :below escape '\\')",
                UnitScope.condition("a.unit", "nanning/qing_xiu", params));
        assertEquals(java.util.Map.of("unit", "nanning/qing_xiu", "below", "nanning/qing\\_xiu/%"), params);
    }
}
