// Validates docs/api/asyncapi.yaml, offline: the AsyncAPI parser's diagnostics (the file $refs to
// docs/events/*.json resolved from the document's own location), then the document against the repository's other
// sources of truth — commons/src/main/resources/govopen/topics.tsv (topics, partitions, cleanup policies, producers,
// consumers), docs/events/README.md (event types, their topics and schema files) and docs/events/*.json (the data
// schemas). Prints every difference, then one summary line; exits 1 on any error.
//
//   cd docs/api/tools && npm ci && npm run validate
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, fromFile } from '@asyncapi/parser';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const docPath = resolve(here, '../asyncapi.yaml');
const eventsDir = join(repo, 'docs/events');
const topicsPath = join(repo, 'commons/src/main/resources/govopen/topics.tsv');
const rel = (p) => p.slice(repo.length + 1);

// The services' short names (govopen.service-name; "console" is operator-console), as
// deploy/k8s/tools/generate-topics.mjs and deploy/local/lib.sh list them: "{service}" and "all" in topics.tsv expand
// to these.
const SERVICES = ['catalog', 'request', 'sentiment', 'interaction', 'console'];
// Actors of topics.tsv's producer/consumers columns besides the services ("all" = every service).
const ACTORS = [...SERVICES, 'hotline', 'monitoring', 'operators'];
// Keywords whose meaning is the same in JSON Schema 2020-12 (what docs/events/*.json declare) and in the AsyncAPI
// Schema Object (a superset of draft-07), as which the document's payloads are read. A schema using any other
// keyword ($defs, prefixItems, unevaluatedProperties, dependentRequired, ...) needs a schemaFormat of its own.
const PORTABLE_KEYWORDS = new Set(['$schema', '$id', 'title', 'description', 'type', 'enum', 'const', 'examples',
  'default', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems',
  'uniqueItems', 'allOf', 'anyOf', 'oneOf', 'not', 'deprecated']);
const SEVERITY = ['error', 'warning', 'info', 'hint'];

const errors = [];
const fail = (message) => errors.push(message);

// ---- sources of truth ------------------------------------------------------------------------------------------

/** topics.tsv, {service} expanded: [{topic, partitions, cleanupPolicy: [..], retentionMs, producers, consumers}] */
function readTopics() {
  const topics = [];
  const list = (cell, service) => {
    if (cell === '-') return [];
    return cell.split(',').flatMap((a) => (a === 'all' ? SERVICES : [a === '{service}' ? service : a]));
  };
  for (const [n, line] of readFileSync(topicsPath, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.length !== 6) {
      fail(`${rel(topicsPath)}:${n + 1}: expected 6 tab-separated columns, found ${cells.length}`);
      continue;
    }
    const [name, partitions, cleanup, retention, producers, consumers] = cells.map((c) => c.trim());
    for (const service of name.includes('{service}') ? SERVICES : [undefined]) {
      topics.push({
        topic: service ? name.replace('{service}', service) : name,
        partitions: Number(partitions),
        cleanupPolicy: cleanup.split(','),
        retentionMs: retention === '-' ? undefined : Number(retention),
        producers: list(producers, service),
        consumers: list(consumers, service),
      });
    }
  }
  return topics;
}

/** The event table of docs/events/README.md: [{type, topic, file}] */
function readEventTypes() {
  const path = join(eventsDir, 'README.md');
  const rows = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    // | `type` | `topic` (…) | key | [text](file.json) … |
    const m = line.match(/^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`[^|]*\|.*?\]\(([^)]+\.json)\)/);
    if (m) rows.push({ type: m[1], topic: m[2], file: m[3] });
  }
  if (rows.length === 0) fail(`${rel(path)}: no event table found (| \`type\` | \`topic\` | key | [data](file.json) |)`);
  return rows;
}

/** docs/events/*.json: Map file -> parsed schema */
function readSchemaFiles() {
  const schemas = new Map();
  for (const file of readdirSync(eventsDir).filter((f) => f.endsWith('.json')).sort()) {
    try {
      schemas.set(file, JSON.parse(readFileSync(join(eventsDir, file), 'utf8')));
    } catch (e) {
      fail(`docs/events/${file}: not JSON (${e.message})`);
    }
  }
  return schemas;
}

function keywordsOf(schema, path, out) {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
  for (const [k, v] of Object.entries(schema)) {
    if (!PORTABLE_KEYWORDS.has(k)) out.push(`${path}/${k}`);
    if (k === 'properties') for (const [p, s] of Object.entries(v)) keywordsOf(s, `${path}/properties/${p}`, out);
    else if (k === 'items' || k === 'additionalProperties' || k === 'not') keywordsOf(v, `${path}/${k}`, out);
    else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') v.forEach((s, i) => keywordsOf(s, `${path}/${k}/${i}`, out));
  }
}

const topics = readTopics();
const eventTypes = readEventTypes();
const schemaFiles = readSchemaFiles();

// The schema files themselves: $id = urn:govopen:schema:<schema>:v<version> for <schema>.v<version>.json (the
// ce_dataschema of their events, and how a resolved payload is traced back to its file), portable keywords only.
const fileById = new Map();
for (const [file, schema] of schemaFiles) {
  const m = file.match(/^(.+)\.v(\d+)\.json$/);
  const expected = m ? `urn:govopen:schema:${m[1]}:v${m[2]}` : undefined;
  if (!expected) fail(`docs/events/${file}: not named <schema>.v<version>.json`);
  else if (schema.$id !== expected) fail(`docs/events/${file}: $id is ${JSON.stringify(schema.$id)}, expected "${expected}"`);
  if (schema.$id) fileById.set(schema.$id, file);
  const unportable = [];
  keywordsOf(schema, '#', unportable);
  for (const k of unportable) {
    fail(`docs/events/${file}: keyword ${k} is not read the same by JSON Schema 2020-12 and the AsyncAPI Schema Object`);
  }
}

// Offline: no remote $ref anywhere (the parser would fetch it).
const remoteRef = /"?\$ref"?\s*:\s*["']?https?:/;
for (const [path, text] of [[docPath, readFileSync(docPath, 'utf8')],
  ...[...schemaFiles.keys()].map((f) => [join(eventsDir, f), readFileSync(join(eventsDir, f), 'utf8')])]) {
  text.split('\n').forEach((line, i) => {
    if (remoteRef.test(line)) fail(`${rel(path)}:${i + 1}: remote $ref (the check runs offline): ${line.trim()}`);
  });
}

// ---- the parser ------------------------------------------------------------------------------------------------

const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, docPath).parse();
for (const d of diagnostics) {
  const where = d.path && d.path.length ? ` at ${d.path.join('.')}` : '';
  const source = d.source && d.source !== docPath ? ` (${d.source.startsWith(repo) ? rel(d.source) : d.source})` : '';
  console.log(`${SEVERITY[d.severity] ?? d.severity}: ${d.code}: ${d.message}${where}${source}`);
  if (d.severity === 0) fail(`parser: ${d.code}: ${d.message}${where}`);
}
if (!document) {
  fail('the parser produced no document');
  report();
}

// ---- the document against the sources of truth -----------------------------------------------------------------

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const channels = document.channels().all();
const channelByAddress = new Map();
for (const ch of channels) {
  if (channelByAddress.has(ch.address())) {
    fail(`channels ${channelByAddress.get(ch.address()).id()} and ${ch.id()} have the same address ${ch.address()}`);
  }
  channelByAddress.set(ch.address(), ch);
}

// Channels = topics.tsv, with its partitions, cleanup.policy and retention.ms.
const tsvTopics = new Set(topics.map((t) => t.topic));
for (const ch of channels) {
  if (!tsvTopics.has(ch.address())) fail(`channel ${ch.id()}: address ${ch.address()} is not a topic of topics.tsv`);
}
for (const t of topics) {
  const ch = channelByAddress.get(t.topic);
  if (!ch) {
    fail(`topics.tsv: topic ${t.topic} has no channel (no channel with address ${t.topic})`);
    continue;
  }
  const kafka = ch.bindings().get('kafka');
  if (!kafka) {
    fail(`channel ${ch.id()} (${t.topic}): no kafka binding`);
    continue;
  }
  if (kafka.version() !== '0.5.0') fail(`channel ${ch.id()} (${t.topic}): kafka bindingVersion ${kafka.version()}, expected 0.5.0`);
  const b = kafka.value();
  if (b.partitions !== t.partitions) {
    fail(`channel ${ch.id()} (${t.topic}): ${b.partitions ?? 'no'} partitions in the kafka binding, topics.tsv says ${t.partitions}`);
  }
  const config = b.topicConfiguration ?? {};
  const policy = config['cleanup.policy'];
  if (JSON.stringify([...(policy ?? [])].sort()) !== JSON.stringify([...t.cleanupPolicy].sort())) {
    fail(`channel ${ch.id()} (${t.topic}): cleanup.policy ${JSON.stringify(policy ?? null)}, topics.tsv says ${JSON.stringify(t.cleanupPolicy)}`);
  }
  if (config['retention.ms'] !== t.retentionMs) {
    fail(`channel ${ch.id()} (${t.topic}): retention.ms ${config['retention.ms'] ?? 'not set'}, topics.tsv says ${t.retentionMs ?? '- (broker default)'}`);
  }
  if (!ch.description()) fail(`channel ${ch.id()} (${t.topic}): no description`);
}

// Operations = topics.tsv's producers (send) and consumers (receive): <actor>Publishes<Channel> / <actor>Consumes<Channel>.
const expectedOps = new Map();
for (const t of topics) {
  const ch = channelByAddress.get(t.topic);
  if (!ch) continue;
  for (const a of t.producers) expectedOps.set(`${a}Publishes${cap(ch.id())}`, { action: 'send', topic: t.topic, actor: a });
  for (const a of t.consumers) expectedOps.set(`${a}Consumes${cap(ch.id())}`, { action: 'receive', topic: t.topic, actor: a });
}
for (const a of new Set(topics.flatMap((t) => [...t.producers, ...t.consumers]))) {
  if (!ACTORS.includes(a)) fail(`topics.tsv: unknown producer or consumer "${a}" (known: ${ACTORS.join(', ')}, all)`);
}
const operations = document.operations().all();
for (const op of operations) {
  const addresses = op.channels().all().map((c) => c.address());
  const expected = expectedOps.get(op.id());
  if (!expected) {
    fail(`operation ${op.id()} (${op.action()} on ${addresses.join(', ')}): no such producer or consumer in topics.tsv `
      + '(names are <actor>Publishes<Channel> for a producer, <actor>Consumes<Channel> for a consumer)');
    continue;
  }
  if (op.action() !== expected.action) fail(`operation ${op.id()}: action ${op.action()}, expected ${expected.action}`);
  if (addresses.length !== 1 || addresses[0] !== expected.topic) {
    fail(`operation ${op.id()}: channel ${addresses.join(', ') || '(none)'}, expected ${expected.topic}`);
  }
  if (!op.summary()) fail(`operation ${op.id()}: no summary`);
}
const opIds = new Set(operations.map((op) => op.id()));
for (const [id, e] of expectedOps) {
  if (!opIds.has(id)) {
    fail(`topics.tsv: ${e.topic} has ${e.action === 'send' ? 'producer' : 'consumer'} ${e.actor}, but there is no operation ${id} (${e.action})`);
  }
}

// Messages: ce_type, ce_dataschema = the payload's $id, the Kafka key, the payload traced back to docs/events.
const messages = new Map(); // id -> {message, addresses}
for (const ch of channels) {
  for (const m of ch.messages().all()) {
    const entry = messages.get(m.id()) ?? { message: m, addresses: [] };
    entry.addresses.push(ch.address());
    messages.set(m.id(), entry);
  }
}
const payloadFiles = new Set();
const ceTypes = []; // {id, addresses, file, constType, pattern, prefix, actions, description}
for (const [id, { message: m, addresses }] of messages) {
  const headers = m.headers()?.json() ?? {};
  const key = m.bindings().get('kafka')?.value()?.key;
  if (!key || key.type !== 'string' || !key.description) fail(`message ${id}: no kafka binding key with type string and a description`);
  const payload = m.payload()?.json();
  if (id === 'deadLetter') {
    for (const h of ['dead-letter-reason', 'dead-letter-topic', 'dead-letter-partition', 'dead-letter-offset']) {
      if (!headers.required?.includes(h)) fail(`message ${id}: header ${h} is not required`);
    }
    continue;
  }
  for (const h of ['ce_specversion', 'ce_id', 'ce_source', 'ce_type']) {
    if (!headers.required?.includes(h)) fail(`message ${id}: CloudEvents header ${h} is not required`);
  }
  const file = payload?.$id ? fileById.get(payload.$id) : undefined;
  if (!file) {
    fail(`message ${id}: payload is not one of docs/events/*.json (its $id is ${JSON.stringify(payload?.$id)})`);
  } else {
    payloadFiles.add(file);
  }
  const dataschema = headers.properties?.ce_dataschema?.const;
  if (payload?.$id && dataschema !== payload.$id) {
    fail(`message ${id}: ce_dataschema is ${JSON.stringify(dataschema)}, its payload's $id is ${payload.$id}`);
  }
  const ceType = headers.properties?.ce_type ?? {};
  const entry = { id, addresses, file, constType: ceType.const, pattern: ceType.pattern, description: m.description() ?? '' };
  if (ceType.const === undefined && ceType.pattern === undefined) {
    fail(`message ${id}: its ce_type header has neither const nor pattern`);
  }
  if (ceType.pattern !== undefined) {
    // a family <prefix>.<action>: anchored, its literal prefix, matching (and listing) every action of the data
    const p = ceType.pattern;
    let prefix = '';
    for (let i = 1; i < p.length; i++) {
      if (p[i] === '\\' && p[i + 1] === '.') { prefix += '.'; i++; } else if (/[a-z0-9_-]/i.test(p[i])) prefix += p[i]; else break;
    }
    entry.prefix = prefix.replace(/\.$/, '');
    entry.actions = payload?.properties?.action?.enum ?? [];
    if (!p.startsWith('^') || !p.endsWith('$')) fail(`message ${id}: ce_type pattern ${p} is not anchored (^…$)`);
    if (entry.actions.length === 0) fail(`message ${id}: ce_type is a pattern but the payload has no action enum`);
    for (const a of entry.actions) {
      if (!new RegExp(p).test(`${entry.prefix}.${a}`)) fail(`message ${id}: ce_type pattern ${p} does not match ${entry.prefix}.${a}`);
      if (!new RegExp(`(^|[\\s,:(])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s,.)]|$)`).test(entry.description)) {
        fail(`message ${id}: its description does not list the action ${a}`);
      }
    }
  }
  ceTypes.push(entry);
}

// Every schema file is some message's payload.
for (const file of schemaFiles.keys()) {
  if (!payloadFiles.has(file)) fail(`docs/events/${file} is the payload of no message`);
}

// Every event type of docs/events/README.md is some message's ce_type, on the README's topic, with the README's
// schema file; and every event message is a type of the README.
const readmeMatched = new Set();
for (const row of eventTypes) {
  const family = row.type.match(/^(.+)\.<action>$/);
  const found = ceTypes.filter((e) => (family ? e.prefix === family[1] && e.pattern !== undefined : e.constType === row.type));
  if (found.length === 0) {
    fail(`docs/events/README.md: event type ${row.type} is no message's ce_type (${family ? 'pattern' : 'const'})`);
    continue;
  }
  for (const e of found) {
    readmeMatched.add(e.id);
    if (!e.addresses.includes(row.topic)) {
      fail(`message ${e.id} (${row.type}): on ${e.addresses.join(', ')}, docs/events/README.md says ${row.topic}`);
    }
    if (e.file && e.file !== row.file) fail(`message ${e.id} (${row.type}): payload ${e.file}, docs/events/README.md says ${row.file}`);
  }
}
for (const e of ceTypes) {
  if (!readmeMatched.has(e.id)) {
    fail(`message ${e.id} (ce_type ${e.constType ?? e.pattern}): not an event type of docs/events/README.md`);
  }
}

report();

function report() {
  if (errors.length) {
    for (const e of errors) console.error(`ERROR: ${e}`);
    console.error(`asyncapi.yaml invalid: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log(`asyncapi.yaml valid: ${channels.length} channels, ${messages.size} messages, ${operations.length} operations `
    + `(${topics.length} topics in topics.tsv, ${eventTypes.length} event types in docs/events/README.md, `
    + `${schemaFiles.size} schema files)`);
  process.exit(0);
}
