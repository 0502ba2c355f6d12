package org.govopen.walks.examples;

import org.govopen.client.request.ApiClient;
import org.govopen.client.request.ApiException;
import org.govopen.client.request.api.ApplicationsApi;
import org.govopen.client.request.model.*;

/** The Java example of clients/README.md (the lines between the markers), compiled by every build. */
public final class RegisterForACitizen {

    private RegisterForACitizen() {
    }

    // README:start
    static String register(String token) throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:8082");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ApplicationsApi applications = new ApplicationsApi(client);
        try {
            RegistrationReceiptView receipt = applications.register(new ApplicationForm()
                    .applicant(new Applicant().kind(ApplicantKind.NATURAL_PERSON).name("张三")
                            .idType(IdDocumentType.RESIDENT_ID_CARD).idNumber("450102199001011231"))
                    .unit("nanning/qingxiu").description("申请公开2026年低保资金发放情况")
                    .channel(Channel.HOTLINE_12345).provisionForm(ProvisionForm.ELECTRONIC)
                    .deliveryMethod(DeliveryMethod.EMAIL));
            return receipt.getCaseNumber() + " 答复期限 " + receipt.getDue().getDueDate();
        } catch (ApiException e) {   // problem+json: type, title, detail, violations, currentState
            e.getViolations().forEach(v -> System.err.println(v.getField() + "：" + v.getMessage()));
            throw e;
        }
    }
    // README:end
}
