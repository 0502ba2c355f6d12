package org.govopen.commons.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rules.md §2 "personal data": ID numbers, mobile numbers and home addresses are de-identified with * (seed 002). */
class PersonalDataMaskerTest {

    @Test
    void idNumberKeepsRegionAndLastFour() {
        assertEquals("450103********123X", PersonalDataMasker.maskIdNumber("45010319900101123X"));
    }

    @Test
    void mobileKeepsFirstThreeAndLastFour() {
        assertEquals("138****5678", PersonalDataMasker.maskMobile("138-1234-5678"));
    }

    @Test
    void addressKeepsTheAdministrativeAreaOnly() {
        assertEquals("广西壮族自治区南宁市青秀区新竹街道********",
                PersonalDataMasker.maskAddress("广西壮族自治区南宁市青秀区新竹街道民族大道100号3栋"));
        assertEquals("南宁市兴宁区********", PersonalDataMasker.maskAddress("南宁市兴宁区朝阳路12号401室"));
    }

    @Test
    void freeTextLosesIdNumbersMobilesAndHouseNumbersButKeepsDocumentNumbers() {
        String text = "申请人李四（身份证450103199001011234，电话13812345678）住南宁市民族大道100号3栋2单元，"
                + "依据国办函〔2020〕109号申请公开2025年第3号通知。";
        String masked = PersonalDataMasker.maskText(text);
        assertFalse(masked.contains("450103199001011234"), masked);
        assertTrue(masked.contains("450103********1234"), masked);
        assertTrue(masked.contains("138****5678"), masked);
        assertTrue(masked.contains("民族大道******"), masked);
        assertFalse(masked.contains("3栋"), masked);
        assertTrue(masked.contains("国办函〔2020〕109号"), masked);
        assertTrue(masked.contains("2025年第3号通知"), masked);
    }

    @Test
    void numbersThatAreNotPersonalDataStay() {
        assertEquals("预算金额 123456789012 元", PersonalDataMasker.maskText("预算金额 123456789012 元"));
        assertEquals("张*", PersonalDataMasker.maskName("张三"));
    }
}
