import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { routeFiles, weighRoutes } from '../../scripts/web-budget/route-weight';

const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], css: ['assets/index.css'], dynamicImports: ['src/areas/dinas/Home.tsx'] },
  '_shared.js': { file: 'assets/shared.js', css: ['assets/shared.css'] },
  'src/areas/dinas/Home.tsx': { file: 'assets/dinas.js', imports: ['index.html', '_chart.js'] },
  '_chart.js': { file: 'assets/chart.js' },
};

function fakeBuild(sizes: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'web-budget-'));
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const [file, content] of Object.entries(sizes)) writeFileSync(join(dir, file), content);
  return dir;
}

describe('web budget', () => {
  it('counts a route’s static imports and CSS, not the lazy areas (chart.js stays out of sign-in)', () => {
    expect(routeFiles(manifest, ['index.html'])).toEqual(['assets/index.css', 'assets/index.js', 'assets/shared.css', 'assets/shared.js']);
    expect(routeFiles(manifest, ['src/areas/dinas/Home.tsx'])).toContain('assets/chart.js');
  });

  it('weighs each file gzipped, like the server sends it', () => {
    const random = (n: number) => Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
    const dir = fakeBuild({ 'assets/index.js': random(20_000), 'assets/index.css': 'a{}', 'assets/shared.js': 'x'.repeat(50_000), 'assets/shared.css': 'b{}', 'assets/dinas.js': '', 'assets/chart.js': '' });
    const [weight] = weighRoutes(dir, { '/sign-in': ['index.html'] });
    // Random text barely compresses; 50,000 equal bytes shrink to almost nothing.
    expect(weight.gzipBytes).toBeGreaterThan(15_000);
    expect(weight.gzipBytes).toBeLessThan(20_000);
  });

  it('fails the build when the sign-in and inbox routes pass 100 KB gzip, and passes below', () => {
    const script = [join(__dirname, '..', '..', 'scripts', 'run-ts.js'), join(__dirname, '..', '..', 'scripts', 'web-budget.ts')];
    const random = (n: number) => Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
    const rest = { 'assets/index.css': 'a{}', 'assets/shared.css': 'b{}', 'assets/dinas.js': '', 'assets/chart.js': '' };

    const heavy = spawnSync(process.execPath, [...script, fakeBuild({ ...rest, 'assets/index.js': random(90_000), 'assets/shared.js': random(40_000) })], { encoding: 'utf8' });
    expect(heavy.stdout).toMatch(/OVER +\/sign-in: 1\d\d\.\d KB gzip/);
    expect(heavy.status).toBe(1);

    const light = spawnSync(process.execPath, [...script, fakeBuild({ ...rest, 'assets/index.js': random(20_000), 'assets/shared.js': '' })], { encoding: 'utf8' });
    expect(light.stdout).toMatch(/ok +\/inbox: \d+\.\d KB gzip/);
    expect(light.status).toBe(0);
  });
});
