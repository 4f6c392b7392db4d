/**
 * A JWT secret written anywhere in the repository is public: production must refuse each one
 * (libs/config/src/refused-jwt-secrets.ts). This finds every literal value given to JWT_SECRET in
 * the tracked files and checks production refuses it.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, REFUSED_JWT_SECRETS } from '@jalin/config';

const root = join(__dirname, '..', '..');
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n').filter((f) => f && !f.endsWith('package-lock.json'));

/** `JWT_SECRET: 'v'`, `JWT_SECRET = "v"`, `JWT_SECRET=v` (env files), `${JWT_SECRET:-v}` (compose). */
const ASSIGNMENTS = [
  /JWT_SECRET['"]?\s*[:=]\s*(['"`])([^'"`\n]+)\1/g,
  /^\s*(?:export\s+)?JWT_SECRET=()([^\s#'"]+)/gm,
  /\$\{JWT_SECRET:?-()([^}]+)\}/g,
];
const INSECURE_DEV_JWT_SECRET_LITERAL = /INSECURE_DEV_JWT_SECRET\s*=\s*(['"`])([^'"`\n]+)\1/g;

function literalSecrets(): { file: string; value: string }[] {
  const found: { file: string; value: string }[] = [];
  for (const file of tracked) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // deleted in the work tree
    }
    if (!text.includes('JWT_SECRET')) continue;
    for (const pattern of [...ASSIGNMENTS, INSECURE_DEV_JWT_SECRET_LITERAL]) {
      for (const match of text.matchAll(pattern)) found.push({ file, value: match[2] });
    }
  }
  return found;
}

describe('JWT secrets written in the repository', () => {
  const found = literalSecrets();

  it('finds the ones we know of (the search works)', () => {
    expect(found.map((f) => f.value)).toContain(REFUSED_JWT_SECRETS[0]);
  });

  it('are each refused in production', () => {
    const accepted = found.filter(({ value }) => {
      try {
        loadConfig({ NODE_ENV: 'production', JWT_SECRET: value });
        return true;
      } catch {
        return false;
      }
    });
    expect(accepted).toEqual([]);
  });
});
