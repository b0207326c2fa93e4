import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineLifecycle } from '@jiebang/domain';
import { describe, expect, it } from 'vitest';
import { domainLifecycles, LIFECYCLES_BEGIN, LIFECYCLES_END, renderLifecycles, renderStateDiagram, replaceGeneratedBlock } from './render-lifecycles.ts';

const toy = defineLifecycle<'open' | 'held' | 'done', 'hold' | 'resume' | 'finish' | 'abandon'>('toy', ['hold', 'resume', 'finish', 'abandon'], {
  open: { hold: 'held', finish: 'done', abandon: 'done' },
  held: { resume: 'open' },
  done: {},
});

describe('lifecycle diagrams', () => {
  it('renders a transition table as a mermaid state diagram, one arrow per pair of statuses', () => {
    expect(renderStateDiagram(toy)).toBe(['stateDiagram-v2', '  [*] --> open', '  open --> held : hold', '  open --> done : finish / abandon', '  held --> open : resume', '  done --> [*]'].join('\n'));
  });

  it('finds every lifecycle the domain exports, in the order of the flow', () => {
    const aggregates = domainLifecycles().map((lifecycle) => lifecycle.aggregate);
    expect(aggregates.slice(0, 3)).toEqual(['programme', 'need', 'challenge']);
    expect(aggregates).toEqual(expect.arrayContaining(['bid', 'review_panel', 'public_notice', 'objection', 'award', 'contract', 'milestone', 'tranche', 'change_request', 'expense', 'acceptance', 'payout', 'failure_review']));
  });

  it('replaces only the generated block of a document', () => {
    const document = `intro\n${LIFECYCLES_BEGIN}\nold\n${LIFECYCLES_END}\noutro\n`;
    expect(replaceGeneratedBlock(document, 'new')).toBe(`intro\n${LIFECYCLES_BEGIN}\n\nnew\n\n${LIFECYCLES_END}\noutro\n`);
    expect(() => replaceGeneratedBlock('no markers', 'new')).toThrow(/markers/);
  });

  it('ARCHITECTURE.md shows the current transition tables (else run `npm run docs:lifecycles -- --write`)', async () => {
    const document = await readFile(fileURLToPath(new URL('../../../../ARCHITECTURE.md', import.meta.url)), 'utf8');
    expect(replaceGeneratedBlock(document, renderLifecycles())).toBe(document);
  });
});
