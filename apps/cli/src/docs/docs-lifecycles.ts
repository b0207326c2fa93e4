import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderLifecycles, replaceGeneratedBlock } from './render-lifecycles.ts';

/** `npm run docs:lifecycles` prints the diagrams; `-- --write` updates ARCHITECTURE.md in place. */
export const ARCHITECTURE_MD = fileURLToPath(new URL('../../../../ARCHITECTURE.md', import.meta.url));

const rendered = renderLifecycles();
if (process.argv.includes('--write')) {
  const document = await readFile(ARCHITECTURE_MD, 'utf8');
  const updated = replaceGeneratedBlock(document, rendered);
  await writeFile(ARCHITECTURE_MD, updated);
  console.log(updated === document ? 'ARCHITECTURE.md: lifecycles already up to date' : 'ARCHITECTURE.md: lifecycles updated');
} else {
  console.log(rendered);
}
