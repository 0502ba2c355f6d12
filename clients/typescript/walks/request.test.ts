import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ApplicationsApi, Configuration, TrackingApi, type ApplicationForm } from '@govopen/request-service-client';
import { UNIT, problemOf, token, url } from './stack';

const hotline = new ApplicationsApi(new Configuration({ basePath: url('request'), accessToken: token('clerk') }));
const portal = new ApplicationsApi(new Configuration({ basePath: url('request') }));
const tracking = new TrackingApi(new Configuration({ basePath: url('request') }));

function application(channel: ApplicationForm['channel']): ApplicationForm {
  return {
    applicant: { kind: 'NATURAL_PERSON', name: '集成测试申请人', idType: 'PASSPORT', idNumber: 'E12345678', phone: '0771-1234567' },
    unit: UNIT,
    description: '集成测试：申请公开本机关2026年政府信息公开工作年度报告',
    channel,
    provisionForm: 'ELECTRONIC',
    deliveryMethod: 'PICK_UP',
  };
}

test('the 12345 hotline registers an application for a citizen and reads its due date', async () => {
  const receipt = await hotline.register({ applicationForm: application('HOTLINE_12345') });
  assert.equal(receipt.due?.workingDays, 20);
  const read = await hotline.getApplication({ id: receipt.id! });
  assert.equal(read.due?.dueDate?.toISOString(), receipt.due?.dueDate?.toISOString());
});

test('a front end follows a case by its tracking code and secret', async () => {
  const receipt = await portal.register({ applicationForm: application('ONLINE') });
  const page = await tracking.track({ code: receipt.trackingCode!, xTrackingSecret: receipt.trackingSecret! });
  assert.equal(page.caseNumber, receipt.caseNumber);
  const wrong = await problemOf(tracking.track({ code: receipt.trackingCode!, xTrackingSecret: 'not-the-secret' }));
  assert.equal(wrong.status, 404);
  assert.equal(wrong.type, 'urn:govopen:problem:not-found');
});

test('bad input is a problem naming each field', async () => {
  const form = application('IN_PERSON');
  form.description = ' ';
  const problem = await problemOf(hotline.register({ applicationForm: form }));
  assert.equal(problem.status, 400);
  assert.equal(problem.type, 'urn:govopen:problem:validation');
  assert.ok(problem.violations?.some((v) => v.field === 'description'), JSON.stringify(problem.violations));
});

test('a staff list is paged with a token', async () => {
  await hotline.register({ applicationForm: application('IN_PERSON') });
  await hotline.register({ applicationForm: application('IN_PERSON') });
  const first = await hotline.listApplications({ unit: UNIT, size: 1, page: 0 });
  const second = await hotline.listApplications({ unit: UNIT, size: 1, page: 1 });
  assert.ok((first.total ?? 0) >= 2, `total ${first.total}`);
  assert.notEqual(first.items?.[0]?.id, second.items?.[0]?.id);
  assert.equal((await problemOf(portal.listApplications({ unit: UNIT }))).status, 401);
});
