#!/usr/bin/env node
// Checks deploy/k8s and deploy/compose offline, so that they cannot rot:
//  1. deploy/k8s/base/kafka/topics.yaml is what generate-topics.mjs writes from topics.tsv now;
//  2. every overlay in deploy/k8s/overlays renders with `kubectl kustomize`;
//  3. every rendered resource validates against its model (kubernetes-models for the Kubernetes kinds, the Strimzi
//     and CloudNativePG model packages for theirs); a kind without a model is a failure, not a skip;
//  4. the product's own rules: each service has a Deployment and a Service, probes on /q/health/started, /live and
//     /ready at the HTTP port the service listens on, Prometheus scrape annotations, its database from its
//     CloudNativePG cluster's generated secret, the JWT issuer and keys from the ConfigMap, secrets only by
//     reference (no Secret written, no secret-looking value inline), every topic of topics.tsv as a KafkaTopic
//     with its settings; and what each overlay promises (small: one of everything; city: three, PDBs, autoscaling);
//  5. deploy/compose/compose.yaml: `docker compose config -q` where a Compose v2 client exists, else the Compose
//     Specification's JSON schema (shipped by the dclint package), and the same images and settings as deploy/k8s;
//     its initdb/ creates every service's database.
// Prints one line per overlay and one for compose; exits 1 naming every failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';
import { ROOT, SERVICES, TOPICS_TSV, TOPICS_YAML, deploymentOf, readTopics, render } from './generate-topics.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const K8S = path.join(ROOT, 'deploy/k8s');
const COMPOSE_FILE = path.join(ROOT, 'deploy/compose/compose.yaml');
const rel = (p) => path.relative(ROOT, p);

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

// --- the models ------------------------------------------------------------------------------------------------
// apiVersion group → the package and folder holding its models (one module per group/version, one class per kind)
const KUBERNETES_GROUPS = new Set(['apps', 'policy', 'autoscaling', 'batch', 'networking.k8s.io', 'rbac.authorization.k8s.io',
  'storage.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io']);
function modelModule(group, version) {
  if (group === '') return `kubernetes-models/${version}`;
  if (KUBERNETES_GROUPS.has(group)) return `kubernetes-models/${group}/${version}`;
  if (group === 'kafka.strimzi.io' || group === 'core.strimzi.io') return `@kubernetes-models/strimzi-kafka-operator/${group}/${version}`;
  if (group === 'postgresql.cnpg.io') return `@kubernetes-models/cloudnative-pg/${group}/${version}`;
  return null;
}
// versions the models still describe but the operators no longer (or soon no longer) accept
const REFUSED_API_VERSIONS = {
  'kafka.strimzi.io/v1beta2': 'Strimzi 1.0 accepts only kafka.strimzi.io/v1 (v1beta2 was removed); use kafka.strimzi.io/v1',
  'kafka.strimzi.io/v1beta1': 'removed in Strimzi 1.0; use kafka.strimzi.io/v1',
  'kafka.strimzi.io/v1alpha1': 'removed in Strimzi 1.0; use kafka.strimzi.io/v1',
  'autoscaling/v1': 'use autoscaling/v2 (CPU target with behavior)',
  'policy/v1beta1': 'removed in Kubernetes 1.25; use policy/v1',
};
const moduleCache = new Map();
async function modelClass(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const spec = modelModule(group, version);
  if (!spec) return null;
  if (!moduleCache.has(spec)) {
    moduleCache.set(spec, await import(spec).catch(() => null));
  }
  const module = moduleCache.get(spec);
  const cls = module?.[kind];
  return typeof cls === 'function' && cls.apiVersion === apiVersion && cls.kind === kind ? cls : null;
}

async function validateModels(where, resources) {
  for (const r of resources) {
    const id = `${where}: ${r.kind ?? '?'}/${r.metadata?.name ?? '?'}`;
    if (!r.apiVersion || !r.kind || !r.metadata?.name) {
      failures.push(`${id}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    if (REFUSED_API_VERSIONS[r.apiVersion]) {
      failures.push(`${id}: apiVersion ${r.apiVersion} — ${REFUSED_API_VERSIONS[r.apiVersion]}`);
      continue;
    }
    const Model = await modelClass(r.apiVersion, r.kind);
    if (!Model) {
      failures.push(`${id}: no validator for apiVersion ${r.apiVersion}, kind ${r.kind} (a typo, or a kind check.mjs `
        + 'does not know: add its model package to modelModule())');
      continue;
    }
    try {
      new Model(r).validate();
    } catch (e) {
      failures.push(`${id} (${r.apiVersion}) is invalid: ${String(e.message).split('\n').join('; ')}`);
    }
  }
}

// --- rendering -------------------------------------------------------------------------------------------------
function kubectl() {
  const probe = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  if (probe.error?.code === 'ENOENT') {
    console.error('check: kubectl is not on PATH. It renders the overlays (`kubectl kustomize`, offline, no cluster '
      + 'needed): install kubectl 1.27 or later (e.g. the Kubernetes apt repository\'s kubectl, or a release binary).');
    process.exit(2);
  }
  if (probe.status !== 0) {
    console.error(`check: \`kubectl version --client\` failed: ${probe.stderr || probe.stdout}`);
    process.exit(2);
  }
}

function renderOverlay(dir) {
  const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) return { error: (r.stderr || r.stdout || String(r.error)).trim() };
  const docs = parseAllDocuments(r.stdout);
  const errors = docs.flatMap((d) => d.errors.map((e) => e.message));
  if (errors.length) return { error: `the rendered YAML does not parse: ${errors.join('; ')}` };
  return { resources: docs.map((d) => d.toJS()).filter((x) => x !== null && x !== undefined) };
}

// --- the product's rules ---------------------------------------------------------------------------------------
const HEALTH = { startupProbe: '/q/health/started', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };
const DEVELOPMENT_PROFILES = ['dev', 'test', 'local']; // DevelopmentSecrets.DEVELOPMENT_PROFILES
const DEVELOPMENT_KEY = 'govopen/jwt/dev-public.pem';
// environment variables a service must get from a Secret, by service
const SECRET_ENV = {
  request: ['GOVOPEN_REQUEST_APPLICANT_KEY_SECRET', 'GOVOPEN_TRACKING_SECRET_KEY'],
  interaction: ['GOVOPEN_TRACKING_SECRET_KEY'],
};
const SECRET_LOOKING = /(SECRET|PASSWORD|API_KEYS?|TOKEN)$|_KEY$/;

/** What each overlay promises; overlays not listed get the product's rules only. */
const EXPECT = {
  small: { replicas: 1, brokers: 1, topicReplicas: 1, minIsr: 1, instances: 1, autoscaled: false },
  city: { replicas: null, brokers: 3, topicReplicas: 3, minIsr: 2, instances: 3, autoscaled: { min: 3, max: 10, cpu: 70 }, pdbMinAvailable: 2 },
};

const matches = (selector, labels) => !!selector && Object.keys(selector).length > 0
  && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function checkProduct(where, resources, expect) {
  const of = (kind) => resources.filter((r) => r.kind === kind);
  const named = (kind, name) => resources.find((r) => r.kind === kind && r.metadata?.name === name);
  const configMaps = of('ConfigMap');

  for (const s of of('Secret')) fail(where, `Secret/${s.metadata?.name} is written into the manifests: secrets are referenced, never written (README § Secrets)`);

  // Kafka: one cluster, KRaft node pools, the bootstrap address the services use
  const kafkas = of('Kafka');
  if (kafkas.length !== 1) fail(where, `expected one Kafka, found ${kafkas.length}`);
  const kafka = kafkas[0];
  const kafkaName = kafka?.metadata?.name;
  const plain = kafka?.spec?.kafka?.listeners?.find((l) => l.type === 'internal' && l.tls === false);
  if (kafka && !plain) fail(where, `Kafka/${kafkaName} has no internal listener without TLS (the services use plaintext)`);
  const bootstrap = kafka && plain ? `${kafkaName}-kafka-bootstrap:${plain.port}` : null;
  const pools = of('KafkaNodePool').filter((p) => p.metadata?.labels?.['strimzi.io/cluster'] === kafkaName);
  if (kafka && pools.length === 0) fail(where, `no KafkaNodePool labelled strimzi.io/cluster: ${kafkaName} (KRaft needs node pools)`);
  const brokers = pools.filter((p) => p.spec?.roles?.includes('broker')).reduce((n, p) => n + (p.spec?.replicas ?? 0), 0);
  const controllers = pools.filter((p) => p.spec?.roles?.includes('controller')).reduce((n, p) => n + (p.spec?.replicas ?? 0), 0);
  if (kafka && controllers === 0) fail(where, 'no KafkaNodePool has the controller role (KRaft)');
  if (kafka && controllers % 2 === 0) fail(where, `${controllers} KRaft controllers: use an odd number (a quorum)`);
  const kconfig = kafka?.spec?.kafka?.config ?? {};
  if (kafka && String(kconfig['auto.create.topics.enable']) !== 'false') fail(where, 'Kafka: auto.create.topics.enable must be false (topics are KafkaTopics)');
  for (const key of ['offsets.topic.replication.factor', 'transaction.state.log.replication.factor', 'default.replication.factor']) {
    if (kafka && Number(kconfig[key]) > brokers) fail(where, `Kafka: ${key} ${kconfig[key]} > ${brokers} brokers`);
  }
  if (expect) {
    if (brokers !== expect.brokers) fail(where, `expected ${expect.brokers} Kafka brokers, found ${brokers}`);
    if (Number(kconfig['default.replication.factor']) !== expect.topicReplicas) fail(where, `Kafka: default.replication.factor ${kconfig['default.replication.factor']}, expected ${expect.topicReplicas}`);
    if (Number(kconfig['min.insync.replicas']) !== expect.minIsr) fail(where, `Kafka: min.insync.replicas ${kconfig['min.insync.replicas']}, expected ${expect.minIsr}`);
  }

  // topics: every one of topics.tsv, with its settings; nothing else
  const wanted = new Map(readTopics().map((t) => [t.name, t]));
  const found = new Map();
  for (const kt of of('KafkaTopic')) {
    const name = kt.spec?.topicName ?? kt.metadata?.name;
    const id = `KafkaTopic/${kt.metadata?.name}`;
    found.set(name, kt);
    const t = wanted.get(name);
    if (!t) { fail(where, `${id}: topic ${name} is not in ${rel(TOPICS_TSV)}`); continue; }
    if (kt.metadata?.labels?.['strimzi.io/cluster'] !== kafkaName) fail(where, `${id}: label strimzi.io/cluster is not ${kafkaName}`);
    if (kt.spec?.partitions !== t.partitions) fail(where, `${id}: partitions ${kt.spec?.partitions}, topics.tsv says ${t.partitions}`);
    const c = kt.spec?.config ?? {};
    if (c['cleanup.policy'] !== t.cleanupPolicy) fail(where, `${id}: cleanup.policy ${c['cleanup.policy']}, topics.tsv says ${t.cleanupPolicy}`);
    if ((c['retention.ms'] ?? null) !== t.retentionMs) fail(where, `${id}: retention.ms ${c['retention.ms']}, topics.tsv says ${t.retentionMs ?? '- (broker default)'}`);
    const replicas = kt.spec?.replicas;
    if (!(replicas >= 1 && replicas <= brokers)) fail(where, `${id}: replicas ${replicas} with ${brokers} brokers`);
    if (!(c['min.insync.replicas'] >= 1 && c['min.insync.replicas'] <= replicas)) fail(where, `${id}: min.insync.replicas ${c['min.insync.replicas']} with ${replicas} replicas`);
    if (replicas >= 3 && c['min.insync.replicas'] < 2) fail(where, `${id}: ${replicas} replicas but min.insync.replicas ${c['min.insync.replicas']}: an acknowledged write could be on one broker only`);
    if (expect && replicas !== expect.topicReplicas) fail(where, `${id}: replicas ${replicas}, expected ${expect.topicReplicas}`);
    if (expect && c['min.insync.replicas'] !== expect.minIsr) fail(where, `${id}: min.insync.replicas ${c['min.insync.replicas']}, expected ${expect.minIsr}`);
  }
  for (const name of wanted.keys()) if (!found.has(name)) fail(where, `topic ${name} of topics.tsv has no KafkaTopic`);

  // the services
  for (const s of SERVICES) {
    const name = deploymentOf(s);
    const dep = named('Deployment', name);
    if (!dep) { fail(where, `no Deployment ${name}`); continue; }
    const id = `Deployment/${name}`;
    const pod = dep.spec?.template;
    const labels = pod?.metadata?.labels ?? {};
    if (!matches(dep.spec?.selector?.matchLabels, labels)) fail(where, `${id}: selector does not match its pod labels`);
    const containers = pod?.spec?.containers ?? [];
    const c = containers.find((x) => x.name === name) ?? containers[0];
    if (!c) { fail(where, `${id}: no container`); continue; }
    if (!new RegExp(`(^|/)${name}[:@]`).test(c.image ?? '')) fail(where, `${id}: image ${c.image} is not ${name}`);

    // environment: the ConfigMaps it reads, then its own env (env wins, as in Kubernetes)
    const env = new Map();
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) {
        const cm = configMaps.find((m) => m.metadata?.name === from.configMapRef.name);
        if (!cm) { fail(where, `${id}: envFrom ConfigMap ${from.configMapRef.name} is not in the manifests`); continue; }
        for (const [k, v] of Object.entries(cm.data ?? {})) env.set(k, { value: v, from: `ConfigMap ${cm.metadata.name}` });
      }
      if (from.secretRef) fail(where, `${id}: envFrom Secret ${from.secretRef.name}: name each secret variable (secretKeyRef) instead`);
    }
    for (const e of c.env ?? []) env.set(e.name, e.valueFrom ? { ref: e.valueFrom, from: 'env' } : { value: e.value, from: 'env' });
    const value = (k) => env.get(k)?.value;

    const ports = (c.ports ?? []).filter((p) => p.name === 'http');
    if (ports.length !== 1) { fail(where, `${id}: expected one container port named http`); continue; }
    const http = ports[0].containerPort;
    if (String(value('QUARKUS_HTTP_PORT')) !== String(http)) fail(where, `${id}: QUARKUS_HTTP_PORT is ${value('QUARKUS_HTTP_PORT')}, the container port ${http} (the service would listen on its deploy/local port)`);
    const resolves = (port) => port === http || port === 'http';

    for (const [probe, wantedPath] of Object.entries(HEALTH)) {
      const get = c[probe]?.httpGet;
      if (!get) fail(where, `${id}: no ${probe} (httpGet ${wantedPath})`);
      else if (get.path !== wantedPath) fail(where, `${id}: ${probe} on ${get.path}, expected ${wantedPath}`);
      else if (!resolves(get.port)) fail(where, `${id}: ${probe} on port ${get.port}, the service listens on ${http}`);
    }
    const ann = pod?.metadata?.annotations ?? {};
    if (ann['prometheus.io/scrape'] !== 'true') fail(where, `${id}: pod annotation prometheus.io/scrape is not "true"`);
    if (ann['prometheus.io/path'] !== '/q/metrics') fail(where, `${id}: pod annotation prometheus.io/path is ${ann['prometheus.io/path']}, expected /q/metrics`);
    if (ann['prometheus.io/port'] !== String(http)) fail(where, `${id}: pod annotation prometheus.io/port is ${ann['prometheus.io/port']}, expected "${http}"`);

    const res = c.resources ?? {};
    for (const k of ['requests.cpu', 'requests.memory', 'limits.memory']) {
      const [a, b] = k.split('.');
      if (!res[a]?.[b]) fail(where, `${id}: no resources.${k}`);
    }
    const runAsNonRoot = c.securityContext?.runAsNonRoot ?? pod?.spec?.securityContext?.runAsNonRoot;
    if (runAsNonRoot !== true) fail(where, `${id}: runAsNonRoot is not true`);
    if (c.securityContext?.allowPrivilegeEscalation !== false) fail(where, `${id}: allowPrivilegeEscalation is not false`);

    const profile = value('QUARKUS_PROFILE');
    if (!profile) fail(where, `${id}: QUARKUS_PROFILE is not set (expected prod)`);
    else if (profile.split(',').some((p) => DEVELOPMENT_PROFILES.includes(p.trim()))) fail(where, `${id}: QUARKUS_PROFILE ${profile} is a development profile: it trusts the development JWT key`);
    if (bootstrap && value('KAFKA_BOOTSTRAP_SERVERS') !== bootstrap) fail(where, `${id}: KAFKA_BOOTSTRAP_SERVERS is ${value('KAFKA_BOOTSTRAP_SERVERS')}, the Strimzi bootstrap service is ${bootstrap}`);
    if (value('GOVOPEN_KAFKA_CREATE_TOPICS') !== 'false') fail(where, `${id}: GOVOPEN_KAFKA_CREATE_TOPICS must be false (the KafkaTopics own the topics)`);
    for (const k of ['MP_JWT_VERIFY_ISSUER', 'MP_JWT_VERIFY_PUBLICKEY_LOCATION']) {
      const e = env.get(k);
      if (!e?.value) fail(where, `${id}: ${k} is not set`);
      else if (!e.from.startsWith('ConfigMap govopen-jwt')) fail(where, `${id}: ${k} comes from ${e.from}, expected the ConfigMap govopen-jwt`);
    }
    if ((value('MP_JWT_VERIFY_PUBLICKEY_LOCATION') ?? '').endsWith(DEVELOPMENT_KEY)) fail(where, `${id}: MP_JWT_VERIFY_PUBLICKEY_LOCATION is the development key`);

    // the database: the CloudNativePG cluster whose initdb creates govopen_<service>, through its generated secret
    const db = of('Cluster').find((k) => k.spec?.bootstrap?.initdb?.database === `govopen_${s}`);
    if (!db) fail(where, `${id}: no CloudNativePG Cluster creates the database govopen_${s}`);
    else {
      const secret = `${db.metadata.name}-app`;
      for (const [k, key] of [['QUARKUS_DATASOURCE_JDBC_URL', 'jdbc-uri'], ['QUARKUS_DATASOURCE_USERNAME', 'username'], ['QUARKUS_DATASOURCE_PASSWORD', 'password']]) {
        const ref = env.get(k)?.ref?.secretKeyRef;
        if (!ref || ref.name !== secret || ref.key !== key) fail(where, `${id}: ${k} must come from secret ${secret} key ${key} (written by CloudNativePG)`);
      }
      if (expect && db.spec?.instances !== expect.instances) fail(where, `Cluster/${db.metadata.name}: instances ${db.spec?.instances}, expected ${expect.instances}`);
    }
    for (const k of SECRET_ENV[s] ?? []) {
      if (!env.get(k)?.ref?.secretKeyRef) fail(where, `${id}: ${k} must come from a Secret (secretKeyRef)`);
    }
    for (const [k, e] of env) {
      if (SECRET_LOOKING.test(k) && !e.ref?.secretKeyRef) fail(where, `${id}: ${k} looks like a secret but is a plain value (${e.from}): use a secretKeyRef`);
    }

    // the Service in front of it
    const svc = named('Service', name);
    if (!svc) fail(where, `no Service ${name}`);
    else {
      if (!matches(svc.spec?.selector, labels)) fail(where, `Service/${name}: selector does not select the pods of ${id}`);
      if (!(svc.spec?.ports ?? []).some((p) => resolves(p.targetPort ?? p.port))) fail(where, `Service/${name}: no port targets the container's http port ${http}`);
    }

    // what the overlay promises
    if (!expect) continue;
    if (expect.replicas !== null && dep.spec?.replicas !== expect.replicas) fail(where, `${id}: replicas ${dep.spec?.replicas}, expected ${expect.replicas}`);
    const hpa = of('HorizontalPodAutoscaler').find((h) => h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec?.scaleTargetRef?.name === name);
    if (expect.autoscaled) {
      if (!hpa) fail(where, `${id}: no HorizontalPodAutoscaler`);
      else {
        const a = expect.autoscaled;
        if (hpa.spec.minReplicas !== a.min || hpa.spec.maxReplicas !== a.max) fail(where, `HorizontalPodAutoscaler/${hpa.metadata.name}: ${hpa.spec.minReplicas}–${hpa.spec.maxReplicas} replicas, expected ${a.min}–${a.max}`);
        const cpu = (hpa.spec.metrics ?? []).find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
        if (cpu?.resource?.target?.averageUtilization !== a.cpu) fail(where, `HorizontalPodAutoscaler/${hpa.metadata.name}: no CPU target of ${a.cpu} %`);
      }
      if (dep.spec?.replicas !== undefined) fail(where, `${id}: spec.replicas ${dep.spec.replicas} next to an autoscaler: every apply would reset what it chose`);
    } else if (hpa) fail(where, `${id}: unexpected HorizontalPodAutoscaler ${hpa.metadata.name}`);
    const pdb = of('PodDisruptionBudget').find((p) => matches(p.spec?.selector?.matchLabels, labels));
    if (expect.pdbMinAvailable) {
      if (!pdb) fail(where, `${id}: no PodDisruptionBudget selects its pods`);
      else if (pdb.spec.minAvailable !== expect.pdbMinAvailable) fail(where, `PodDisruptionBudget/${pdb.metadata.name}: minAvailable ${pdb.spec.minAvailable}, expected ${expect.pdbMinAvailable}`);
      if (expect.autoscaled && pdb && expect.autoscaled.min <= pdb.spec.minAvailable) fail(where, `PodDisruptionBudget/${pdb.metadata.name}: minAvailable ${pdb.spec.minAvailable} with ${expect.autoscaled.min} replicas blocks every drain`);
    }
  }
  // every CloudNativePG cluster belongs to a service
  for (const db of of('Cluster')) {
    const database = db.spec?.bootstrap?.initdb?.database;
    if (!SERVICES.some((s) => database === `govopen_${s}`)) fail(where, `Cluster/${db.metadata?.name}: database ${database} is no service's`);
    if (!db.spec?.storage?.size) fail(where, `Cluster/${db.metadata?.name}: no storage.size`);
  }
}

// --- compose ---------------------------------------------------------------------------------------------------
async function checkCompose(k8sResources) {
  const where = rel(COMPOSE_FILE);
  if (!existsSync(COMPOSE_FILE)) { fail(where, 'missing'); return 'missing'; }
  let how;
  const v2 = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (v2.status === 0) {
    const r = spawnSync('docker', ['compose', '-f', COMPOSE_FILE, 'config', '-q'], { encoding: 'utf8' });
    if (r.status !== 0) fail(where, `docker compose config -q: ${(r.stderr || r.stdout).trim()}`);
    how = `docker compose config -q (${v2.stdout.trim()})`;
  }
  const text = readFileSync(COMPOSE_FILE, 'utf8');
  let doc;
  try {
    doc = parse(text, { merge: true, maxAliasCount: -1 });
  } catch (e) {
    fail(where, `does not parse: ${e.message}`);
    return 'does not parse';
  }
  if (!how) {
    const { default: Ajv } = await import('ajv');
    const { default: addFormats } = await import('ajv-formats');
    const schemaFile = path.join(HERE, 'node_modules/dclint/schemas/compose.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    // draft-07, named by its https address, which Ajv does not know as the draft-07 meta-schema
    delete schema.$schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    if (!validate(doc)) {
      for (const e of validate.errors) fail(where, `Compose Specification schema: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
    }
    how = 'the Compose Specification JSON schema (no Compose v2 client here: `docker compose version` failed)';
  }
  // the same stack as deploy/k8s: the same images, every setting the manifests give a service
  const services = doc?.services ?? {};
  for (const s of SERVICES) {
    const name = deploymentOf(s);
    const cs = services[name];
    if (!cs) { fail(where, `no service ${name}`); continue; }
    const dep = k8sResources.find((r) => r.kind === 'Deployment' && r.metadata?.name === name);
    const c = dep?.spec?.template?.spec?.containers?.[0];
    if (c && cs.image !== c.image) fail(where, `${name}: image ${cs.image}, deploy/k8s runs ${c.image}`);
    const composeEnv = Array.isArray(cs.environment)
      ? new Set(cs.environment.map((e) => String(e).split('=')[0]))
      : new Set(Object.keys(cs.environment ?? {}));
    const k8sEnv = new Set((c?.env ?? []).map((e) => e.name));
    for (const from of c?.envFrom ?? []) {
      const cm = k8sResources.find((r) => r.kind === 'ConfigMap' && r.metadata?.name === from.configMapRef?.name);
      Object.keys(cm?.data ?? {}).forEach((k) => k8sEnv.add(k));
    }
    for (const k of k8sEnv) if (!composeEnv.has(k)) fail(where, `${name}: ${k} is set in deploy/k8s but not here`);
  }
  for (const needed of ['postgres', 'kafka']) if (!services[needed]) fail(where, `no service ${needed}`);
  // the postgres image's initdb scripts create every service's database
  const initdb = path.join(path.dirname(COMPOSE_FILE), 'initdb');
  const sql = existsSync(initdb) ? readdirSync(initdb).filter((f) => f.endsWith('.sql'))
    .map((f) => readFileSync(path.join(initdb, f), 'utf8')).join('\n') : '';
  for (const s of SERVICES) {
    const creates = new RegExp(`^\\s*create\\s+database\\s+govopen_${s}\\s*;`, 'im');
    if (!creates.test(sql)) fail(rel(initdb), `no database govopen_${s} is created`);
  }
  return how;
}

// --- main ------------------------------------------------------------------------------------------------------
kubectl();

try {
  const now = render();
  const committed = existsSync(TOPICS_YAML) ? readFileSync(TOPICS_YAML, 'utf8') : '';
  if (now !== committed) {
    const a = committed.split('\n');
    const b = now.split('\n');
    const line = b.findIndex((l, i) => l !== a[i]);
    const names = (t) => new Set([...t.matchAll(/^  topicName: (.+)$/gm)].map((m) => m[1]));
    const [had, has] = [names(committed), names(now)];
    const missing = [...has].filter((n) => !had.has(n));
    const extra = [...had].filter((n) => !has.has(n));
    const what = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not in topics.tsv: ${extra.join(', ')}` : '']
      .filter(Boolean).join('; ');
    fail(rel(TOPICS_YAML), `differs from what generate-topics.mjs writes from ${rel(TOPICS_TSV)} now (${what ? `${what}; ` : ''}`
      + `first difference at line ${line + 1}: ${JSON.stringify(a[line] ?? '<end of file>')}, expected `
      + `${JSON.stringify(b[line] ?? '<end of file>')}); run \`cd deploy/k8s/tools && npm run generate-topics\``);
  }
} catch (e) {
  fail(rel(TOPICS_TSV), e.message);
}

const overlaysDir = path.join(K8S, 'overlays');
const known = Object.keys(EXPECT);
const overlays = readdirSync(overlaysDir).filter((d) => statSync(path.join(overlaysDir, d)).isDirectory())
  .sort((a, b) => (known.includes(a) ? known.indexOf(a) : known.length) - (known.includes(b) ? known.indexOf(b) : known.length) || a.localeCompare(b));
const summary = [];
let cityResources = null;
for (const o of overlays) {
  const before = failures.length;
  const { resources, error } = renderOverlay(path.join(overlaysDir, o));
  if (error) { fail(o, `kubectl kustomize ${rel(path.join(overlaysDir, o))} failed: ${error}`); summary.push(`${o}: does not render`); continue; }
  await validateModels(o, resources);
  checkProduct(o, resources, EXPECT[o]);
  if (o === 'city' || !cityResources) cityResources = resources;
  const kinds = {};
  for (const r of resources) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  const counts = Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ');
  const bad = failures.length - before;
  summary.push(bad === 0
    ? `${o}: ${resources.length} resources valid (${counts})${EXPECT[o] ? '' : ' — no overlay expectations in check.mjs'}`
    : `${o}: ${resources.length} resources, ${bad} problem${bad === 1 ? '' : 's'}`);
}
for (const o of Object.keys(EXPECT)) if (!overlays.includes(o)) fail('overlays', `overlay ${o} is missing`);

const before = failures.length;
const how = await checkCompose(cityResources ?? []);
const bad = failures.length - before;
summary.push(bad === 0 ? `compose: valid by ${how}; same images and settings as deploy/k8s` : `compose: ${bad} problem${bad === 1 ? '' : 's'} (${how})`);

for (const line of summary) console.log(line);
if (failures.length) {
  console.error(`\ncheck FAILED, ${failures.length} problem${failures.length === 1 ? '' : 's'}:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('check passed');
