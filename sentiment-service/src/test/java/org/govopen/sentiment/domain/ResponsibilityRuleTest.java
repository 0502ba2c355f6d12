package org.govopen.sentiment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govopen.sentiment.domain.ResponsibilityRule.Responsibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules.md §4: 属地管理、分级负责、谁主管谁负责 (seed 001, 003). */
@DisplayName("ResponsibilityRule — rules.md §4: the department involved; several places → the government above; several departments → shared")
class ResponsibilityRuleTest {

    /** Seed 003 §三(一): 涉及市政府重大政策、重要决策部署的政务舆情，市政府相关部门为第一责任主体. */
    @Test
    void anOpinionOnTheCitysMajorPolicy_theCitysDepartmentAnswers_whereverItIsRaised() {
        Responsibility r = ResponsibilityRule.responsible(List.of("nanning/qingxiu/xinzhu"), List.of("发展改革"), "nanning");
        assertEquals(new Responsibility("nanning", "发展改革", List.of(), false), r);
    }

    @Test
    void onePlaceAndOneDepartment_thatDepartmentAnswers() {
        Responsibility r = ResponsibilityRule.responsible(List.of("nanning/qingxiu/xinzhu"), List.of("民政"));
        assertEquals(new Responsibility("nanning/qingxiu/xinzhu", "民政", List.of(), false), r);
        assertFalse(r.shared());
    }

    @Test
    void severalPlaces_theCompetentDepartmentOfTheGovernmentAboveThem() {
        Responsibility r = ResponsibilityRule.responsible(List.of("nanning/qingxiu/xinzhu", "nanning/qingxiu/zhongshan"),
                List.of("自然资源"));
        assertEquals(new Responsibility("nanning/qingxiu", "自然资源", List.of(), false), r);
        assertEquals("nanning", ResponsibilityRule.responsible(List.of("nanning/qingxiu/xinzhu", "nanning/xixiangtang"),
                List.of("自然资源")).government());
        // a district and one of its streets: the district's government holds both
        assertEquals("nanning/qingxiu", ResponsibilityRule.responsible(List.of("nanning/qingxiu", "nanning/qingxiu/xinzhu"),
                List.of("民政")).government());
    }

    @Test
    void severalDepartments_sharedWithALeadAndCoRespondersGivingOneAnswer() {
        Responsibility r = ResponsibilityRule.responsible(List.of("nanning/qingxiu"), List.of("住房城乡建设", "自然资源", "住房城乡建设"));
        assertEquals("住房城乡建设", r.lead());
        assertEquals(List.of("自然资源"), r.coResponders());
        assertTrue(r.shared());
    }

    @Test
    void noDepartmentNamed_theGovernmentOfThePlaceAnswers() {
        Responsibility r = ResponsibilityRule.responsible(List.of("nanning/qingxiu/xinzhu"), List.of());
        assertEquals("nanning/qingxiu/xinzhu", r.government());
        assertNull(r.lead());
    }

    @Test
    void placesInTwoCitiesShareNoGovernmentHere_theIncidentGoesAboveThePlatform() {
        Responsibility r = ResponsibilityRule.responsible(List.of("nanning/qingxiu", "liuzhou/chengzhong"), List.of("应急管理"));
        assertTrue(r.beyondThisPlatform());
        assertEquals("", r.government());
        assertThrows(IllegalArgumentException.class, () -> ResponsibilityRule.responsible(List.of(), List.of("民政")));
    }
}
