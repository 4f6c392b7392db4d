import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of Vite's build manifest (build.manifest: true). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}
export type ViteManifest = Record<string, ManifestChunk>;

/**
 * The JS and CSS files a route loads: the entry, and for a lazily loaded screen its module, with
 * everything they import statically and the CSS of each. Lazy imports are not followed (they load
 * only when another route needs them).
 */
export function routeFiles(manifest: ViteManifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...files].sort();
}

/** Bytes of the files gzipped one by one, as a server sends them. */
export function gzipBytes(outDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);
}

export interface RouteWeight {
  route: string;
  files: string[];
  gzipBytes: number;
}

export function readManifest(outDir: string): ViteManifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
}

export function weighRoutes(outDir: string, routes: Record<string, readonly string[]>): RouteWeight[] {
  const manifest = readManifest(outDir);
  return Object.entries(routes).map(([route, keys]) => {
    const files = routeFiles(manifest, keys);
    return { route, files, gzipBytes: gzipBytes(outDir, files) };
  });
}
