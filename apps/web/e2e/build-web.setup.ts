import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * The journeys load the built web app (apps/web/dist) from the server, so `npm test` on a fresh clone builds it
 * first; in CI (built just before) and on a second run this is a quick up-to-date check.
 */
export default function setup() {
  const root = resolve(import.meta.dirname, '../../..');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-web.ts', '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the web app did not build (scripts/build-web.ts): the browser journeys need apps/web/dist');
}
