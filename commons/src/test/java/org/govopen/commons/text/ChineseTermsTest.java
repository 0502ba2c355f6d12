package org.govopen.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How Chinese text becomes search terms (catalogue search, opinion warnings). */
class ChineseTermsTest {

    @Test
    void hanRunsBecomeBigrams_otherWordsStayWhole_fullWidthFolds() {
        assertEquals(List.of("征地", "地补", "补偿"), ChineseTerms.forQuery("征地补偿"));
        assertEquals(List.of("低保"), ChineseTerms.forQuery("低保"));
        assertEquals(List.of("保"), ChineseTerms.forQuery("保"));
        assertEquals(List.of("2026", "年度", "gdp"), ChineseTerms.forQuery("２０２６年度ＧＤＰ"));
        assertTrue(ChineseTerms.forHeading("征地补偿").containsAll(List.of("征", "征地", "补偿", "偿")));
        assertEquals(List.of("征地", "地补", "补偿"), ChineseTerms.forText("征地补偿"));
    }
}
