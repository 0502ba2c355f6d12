import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Configuration, Hotline12345Api, MessagesApi, TrackingApi } from '@govopen/interaction-service-client';
import { UNIT, fresh, token, url } from './stack';

const website = new MessagesApi(new Configuration({ basePath: url('interaction') }));
const writersPage = new TrackingApi(new Configuration({ basePath: url('interaction') }));
const hotline = new Hotline12345Api(new Configuration({ basePath: url('interaction'), accessToken: token('hotline') }));

test('a writer follows their message to its reply date', async () => {
  const receipt = await website.write({ newMessage: {
    subject: '集成测试 留言', text: '集成测试：小区路灯不亮', category: 'REQUEST_FOR_HELP', unit: UNIT,
    contact: { name: '集成测试留言人', phone: '13800000000' }, consentToPublish: false } });
  const page = await writersPage.track({ code: receipt.trackingCode!, xTrackingSecret: receipt.trackingSecret! });
  assert.equal(page.number, receipt.number);
  assert.equal(page.replyDueDate?.toISOString(), receipt.replyDue?.dueDate?.toISOString());
});

test('a ticket the hotline transfers twice is one ticket', async () => {
  const hotlineTicket = { ticketNumber: fresh('WALK'), transferredAt: new Date(Date.now() - 10 * 60_000),
    category: 'COMPLAINT' as const, text: '集成测试 工单', unit: UNIT };
  const first = await hotline.transfer({ hotlineTicket });
  const second = await hotline.transfer({ hotlineTicket });
  assert.equal(second.id, first.id);
});
