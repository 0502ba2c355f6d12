import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Configuration, IncidentsApi, SignalsApi } from '@govopen/sentiment-service-client';
import { UNIT, fresh, token, url } from './stack';

const feed = new SignalsApi(new Configuration({ basePath: url('sentiment'), accessToken: token('feed') }));
const desk = new IncidentsApi(new Configuration({ basePath: url('sentiment'), accessToken: token('desk') }));

test('a feed pushes a signal twice; the desk opens an incident with its 1-hour window', async () => {
  const signal = { unit: UNIT, source: '集成测试', url: `https://walk.example/${fresh('signal')}`, title: `集成测试 舆情信号 ${fresh('walk')}`, reads: 10 };
  const first = await feed.push({ signal });
  const again = await feed.push({ signal });
  assert.equal(again.id, first.id);
  assert.equal(again.repeat, true);
  const established = new Date(Math.floor(Date.now() / 1000) * 1000 - 5 * 60_000);
  const opened = await desk.open({ newIncident: { unit: UNIT, title: '集成测试 舆情事件', level: 'MAJOR', establishedAt: established, signalIds: [first.id!] } });
  const facts = (await desk.getIncident({ id: opened.id! })).windows?.find((w) => w.kind === 'FACTS');
  assert.equal(facts?.dueAt?.getTime(), established.getTime() + 3_600_000);
});
