package org.govopen.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rules.md §3 "Fees": 国办函〔2020〕109号, both scales. */
class FeeRuleTest {

    static BigDecimal yuan(long n) {
        return BigDecimal.valueOf(n);
    }

    @Test
    void byCount_perApplicantPerMonth() {
        assertEquals(yuan(0), FeeRule.byCount(1));
        assertEquals(yuan(0), FeeRule.byCount(10));
        assertEquals(yuan(100), FeeRule.byCount(11));
        assertEquals(yuan(100), FeeRule.byCount(30));
        assertEquals(yuan(200), FeeRule.byCount(31));
        assertEquals(yuan(200), FeeRule.byCount(40));
        assertEquals(yuan(300), FeeRule.byCount(41));
        assertEquals(yuan(400), FeeRule.byCount(51));
    }

    @Test
    void byVolume_progressiveBands() {
        assertEquals(yuan(0), FeeRule.byVolume(30));
        assertEquals(yuan(10), FeeRule.byVolume(31));
        assertEquals(yuan(700), FeeRule.byVolume(100));
        assertEquals(yuan(720), FeeRule.byVolume(101));
        assertEquals(yuan(1700), FeeRule.byVolume(150));
        assertEquals(yuan(2700), FeeRule.byVolume(200));
        assertEquals(yuan(2740), FeeRule.byVolume(201));
    }

    @Test
    void oneScaleOnly() {
        assertEquals(yuan(100), FeeRule.fee(FeeMethod.BY_COUNT, 12, 500));
        assertEquals(yuan(0), FeeRule.fee(FeeMethod.BY_VOLUME, 40, 20));
    }
}
