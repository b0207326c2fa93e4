import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a first visit to a route downloads: the entry chunk, the route's lazy chunk, and every chunk they import
 * statically (read from Vite's manifest), with each file's gzip size. `npm run web:size [route-file …]` after
 * `npm run build`; the hall's budget is 350 KB gzipped (issue #3).
 */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const dist = resolve(import.meta.dirname, '..', 'apps/web/dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const BUDGET_BYTES = 350 * 1024;

function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error('no entry chunk in the Vite manifest');
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['src/app/routes/hall.tsx', 'src/app/routes/landing.tsx', 'src/app/routes/challenge-detail.tsx', 'src/app/routes/sign-in.tsx'];

let failed = false;
for (const route of routes) {
  const chunks = [...closure([entryKey, route])].map((key) => manifest[key] as ManifestChunk);
  const js = chunks.map((chunk) => ({ file: chunk.file, gzip: gzipSize(chunk.file) })).sort((a, b) => b.gzip - a.gzip);
  const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((file) => ({ file, gzip: gzipSize(file) }));
  const jsTotal = js.reduce((sum, file) => sum + file.gzip, 0);
  const cssTotal = css.reduce((sum, file) => sum + file.gzip, 0);
  console.log(`\n${route}: initial JS ${kb(jsTotal)} gzipped in ${js.length} files (+ CSS ${kb(cssTotal)})`);
  for (const file of js) console.log(`  ${kb(file.gzip).padStart(9)}  ${file.file}`);
  if (route.endsWith('/hall.tsx') && jsTotal > BUDGET_BYTES) {
    console.error(`  over the hall budget of ${kb(BUDGET_BYTES)}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
