import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Configuration, PublicCatalogueApi } from '@govopen/catalog-service-client';
import { problemOf, url } from './stack';

const catalogue = new PublicCatalogueApi(new Configuration({ basePath: url('catalog') }));

test('a portal searches the public catalogue and downloads a district catalogue', async () => {
  const hits = await catalogue.search({ q: '低保', size: 5 });
  assert.ok((hits.total ?? 0) > 0, 'no hit for 低保 in the demo catalogue');
  const csv = await (await catalogue.exportCatalogue({ unit: 'nanning/qingxiu', format: 'csv' })).text();
  assert.ok(csv.trim().split(/\r?\n/).length > 1, 'the export has no rows below its header');
});

test('a bad search is a problem naming the parameter', async () => {
  const problem = await problemOf(catalogue.search({ q: '低保', kind: 'everything' }));
  assert.equal(problem.status, 400);
  assert.equal(problem.violations?.[0]?.field, 'kind');
});
