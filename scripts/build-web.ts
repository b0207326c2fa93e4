import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm start` runs this first: it builds the web app (`npm run build`) when apps/web/dist is missing or older than
 * any of its sources, so a fresh clone serves the UI and a second start does not wait for a rebuild.
 * `--if-stale` skips an up-to-date build; without it the app is always built.
 */
const root = resolve(import.meta.dirname, '..');
const web = join(root, 'apps/web');
const builtIndex = join(web, 'dist/index.html');

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
}

const sources = ['index.html', 'vite.config.ts', 'package.json', 'src', 'public'].map((entry) => join(web, entry));
const builtAt = statSync(builtIndex, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changedAt = Math.max(...sources.map(newestMtime));

if (process.argv.includes('--if-stale') && builtAt > changedAt) {
  console.log('web app: up to date (apps/web/dist)');
} else {
  console.log(builtAt ? 'web app: sources changed, rebuilding…' : 'web app: building apps/web/dist…');
  // NODE_ENV is forced: when vitest (NODE_ENV=test) triggers the build, Vite would otherwise bundle React and antd in
  // their development modes (antd's `css-dev-only-do-not-override` class names gave it away).
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) {
    console.error('web app: the build failed (see above); the API would still start with `npm run jiebang -- serve`');
    process.exit(result.status ?? 1);
  }
  console.log('web app: built');
}
