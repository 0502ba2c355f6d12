package org.govopen.walks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.govopen.client.request.ApiClient;
import org.govopen.client.request.ApiException;
import org.govopen.client.request.api.ApplicationsApi;
import org.govopen.client.request.api.TrackingApi;
import org.govopen.client.request.model.Applicant;
import org.govopen.client.request.model.ApplicantKind;
import org.govopen.client.request.model.ApplicationForm;
import org.govopen.client.request.model.ApplicationSummaryView;
import org.govopen.client.request.model.Channel;
import org.govopen.client.request.model.DeliveryMethod;
import org.govopen.client.request.model.IdDocumentType;
import org.govopen.client.request.model.PageApplicationSummaryView;
import org.govopen.client.request.model.ProvisionForm;
import org.govopen.client.request.model.RegistrationReceiptView;
import org.govopen.client.request.model.TrackingView;
import org.junit.jupiter.api.Test;

/** request-service as the 12345 hotline, a citizens' front end and a disclosure office's own screens use it. */
class RequestServiceWalk {

    /** The 12345 platform's account: a clerk of the unit (登记人员). */
    private final ApplicationsApi hotline = new ApplicationsApi(client(true));
    /** A citizens' front end: no token. */
    private final ApplicationsApi portal = new ApplicationsApi(client(false));
    private final TrackingApi tracking = new TrackingApi(client(false));

    @Test
    void theHotlineRegistersAnApplicationForACitizenAndReadsItsDueDate() throws ApiException {
        RegistrationReceiptView receipt = hotline.register(application(Channel.HOTLINE_12345));

        assertNotNull(receipt.getCaseNumber());
        LocalDate due = receipt.getDue().getDueDate();
        assertEquals(20, receipt.getDue().getWorkingDays(), "20 working days (条例第三十三条)");
        assertTrue(due.isAfter(LocalDate.now().plusDays(19)), "due " + due);
        assertEquals(due, hotline.getApplication(receipt.getId()).getDue().getDueDate());
    }

    @Test
    void aFrontEndFollowsACaseByItsTrackingCodeAndSecret() throws ApiException {
        RegistrationReceiptView receipt = portal.register(application(Channel.ONLINE));

        TrackingView page = tracking.track(receipt.getTrackingCode(), receipt.getTrackingSecret());
        assertEquals(receipt.getCaseNumber(), page.getCaseNumber());
        assertFalse(page.getStateLabel().isBlank());

        ApiException wrongSecret = assertThrows(ApiException.class, () -> tracking.track(receipt.getTrackingCode(), "not-the-secret"));
        assertEquals(404, wrongSecret.getCode(), wrongSecret.getResponseBody());
        assertEquals("urn:govopen:problem:not-found", wrongSecret.getType());
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        ApplicationForm form = application(Channel.IN_PERSON).description(" ");
        form.getApplicant().idNumber(null);

        ApiException refused = assertThrows(ApiException.class, () -> hotline.register(form));
        assertEquals(400, refused.getCode(), refused.getResponseBody());
        assertEquals("urn:govopen:problem:validation", refused.getType());
        assertTrue(refused.getProblem().isPresent());
        var fields = refused.getViolations().stream().map(v -> v.getField()).toList();
        assertTrue(fields.contains("description") && fields.contains("applicant.idNumber"), "violations: " + fields);
    }

    @Test
    void aStaffListIsPagedWithAToken() throws ApiException {
        hotline.register(application(Channel.IN_PERSON));
        hotline.register(application(Channel.IN_PERSON));

        PageApplicationSummaryView first = hotline.listApplications(ApplicationsApi.APIListApplicationsRequest.newBuilder()
                .unit(Stack.UNIT).size(1).page(0).build());
        PageApplicationSummaryView second = hotline.listApplications(ApplicationsApi.APIListApplicationsRequest.newBuilder()
                .unit(Stack.UNIT).size(1).page(1).build());
        assertTrue(first.getTotal() >= 2, "total " + first.getTotal());
        assertEquals(first.getTotal(), second.getTotal());
        ApplicationSummaryView a = first.getItems().get(0);
        ApplicationSummaryView b = second.getItems().get(0);
        assertNotEquals(a.getId(), b.getId());

        ApiException anonymous = assertThrows(ApiException.class, () -> portal.listApplications(
                ApplicationsApi.APIListApplicationsRequest.newBuilder().unit(Stack.UNIT).build()));
        assertEquals(401, anonymous.getCode());
    }

    static ApplicationForm application(Channel channel) {
        return new ApplicationForm()
                .applicant(new Applicant().kind(ApplicantKind.NATURAL_PERSON).name("集成测试申请人")
                        .idType(IdDocumentType.PASSPORT).idNumber("E12345678").phone("0771-1234567"))
                .unit(Stack.UNIT)
                .description("集成测试：申请公开本机关2026年政府信息公开工作年度报告")
                .channel(channel)
                .provisionForm(ProvisionForm.ELECTRONIC)
                .deliveryMethod(DeliveryMethod.PICK_UP);
    }

    private static ApiClient client(boolean withToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.url("request"));
        if (withToken) {
            client.setRequestInterceptor(Stack.bearer("clerk"));
        }
        return client;
    }
}
