package org.govopen.walks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.OffsetDateTime;
import org.govopen.client.interaction.ApiClient;
import org.govopen.client.interaction.ApiException;
import org.govopen.client.interaction.api.Hotline12345Api;
import org.govopen.client.interaction.api.MessagesApi;
import org.govopen.client.interaction.api.TrackingApi;
import org.govopen.client.interaction.model.Contact;
import org.govopen.client.interaction.model.HotlineTicket;
import org.govopen.client.interaction.model.MessageCategory;
import org.govopen.client.interaction.model.MessageReceipt;
import org.govopen.client.interaction.model.MessageTracking;
import org.govopen.client.interaction.model.NewMessage;
import org.junit.jupiter.api.Test;

/** interaction-service as the website's message form, its writers' page and the 12345 hotline use it. */
class InteractionServiceWalk {

    private final MessagesApi website = new MessagesApi(client(false));
    private final TrackingApi writersPage = new TrackingApi(client(false));
    private final Hotline12345Api hotline = new Hotline12345Api(client(true));

    @Test
    void aWriterFollowsTheirMessageToItsReplyDate() throws ApiException {
        MessageReceipt receipt = website.write(new NewMessage().subject("集成测试 留言").text("集成测试：小区路灯不亮")
                .category(MessageCategory.REQUEST_FOR_HELP).unit(Stack.UNIT)
                .contact(new Contact().name("集成测试留言人").phone("13800000000")).consentToPublish(false));

        MessageTracking page = writersPage.track(receipt.getTrackingCode(), receipt.getTrackingSecret());
        assertEquals(receipt.getNumber(), page.getNumber());
        assertNotNull(page.getReplyDueDate());
        assertEquals(receipt.getReplyDue().getDueDate(), page.getReplyDueDate());
    }

    @Test
    void aTicketTheHotlineTransfersTwiceIsOneTicket() throws ApiException {
        HotlineTicket ticket = new HotlineTicket().ticketNumber(Stack.fresh("WALK")).transferredAt(OffsetDateTime.now().minusMinutes(10))
                .category(MessageCategory.COMPLAINT).text("集成测试 工单").unit(Stack.UNIT);

        MessageReceipt first = hotline.transfer(ticket);
        MessageReceipt second = hotline.transfer(ticket);
        assertEquals(first.getId(), second.getId());
        assertEquals(first.getNumber(), hotline.getTicket(ticket.getTicketNumber()).getNumber());
    }

    private static ApiClient client(boolean hotlineToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.url("interaction"));
        if (hotlineToken) {
            client.setRequestInterceptor(Stack.bearer("hotline"));
        }
        return client;
    }
}
