/**
 * What the custom lint rules know about the monorepo, read once at load time: which library or
 * app a file belongs to, the declared import entries (tsconfig.json paths), and which library owns
 * each entity class and table (the @Entity('table') classes in libs/<lib>/src/**\/*.entity.ts).
 */
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

/** 'libs/sourcing' / 'apps/api' for a file inside one, otherwise null (test/, scripts/, tools/). */
function ownerOf(file) {
  const rel = path.relative(root, path.resolve(file)).split(path.sep);
  if ((rel[0] === 'libs' || rel[0] === 'apps') && rel.length > 2) return `${rel[0]}/${rel[1]}`;
  return null;
}

/** The declared aliases: '@jalin/sourcing', '@jalin/sourcing/statuses', ... */
function declaredEntries() {
  const tsconfig = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
  return new Set(Object.keys(tsconfig.compilerOptions.paths));
}

function* entityFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* entityFiles(full);
    else if (entry.name.endsWith('.entity.ts')) yield full;
  }
}

/** { entities: Map<className, lib>, tables: Map<table, lib> } from the entity files. */
function entityOwnership(libsDir = path.join(root, 'libs')) {
  const entities = new Map();
  const tables = new Map();
  for (const lib of readdirSync(libsDir)) {
    let files;
    try { files = [...entityFiles(path.join(libsDir, lib, 'src'))]; } catch { continue; }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/@Entity\(\s*['"]([\w.]+)['"][^)]*\)[\s\S]*?export\s+class\s+(\w+)/g)) {
        tables.set(m[1], lib);
        entities.set(m[2], lib);
      }
    }
  }
  return { entities, tables };
}

module.exports = { root, ownerOf, declaredEntries, entityOwnership };
