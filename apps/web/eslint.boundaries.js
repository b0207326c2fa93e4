// @ts-check
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The web app's layering (bulletproof-react): shared code (components, hooks, lib, i18n) → features → app.
 * Shared code imports no feature and no app code; a feature imports no other feature and no app code; the app
 * composes everything. Imports are resolved (`@/…` or relative) to the folder they land in.
 */
const srcRoot = resolve(import.meta.dirname, 'src');

/** 'app', 'feature:<name>', 'shared', or null outside apps/web/src. */
function zoneOf(path) {
  const rel = relative(srcRoot, path);
  if (rel.startsWith('..')) return null;
  const [top, name] = rel.split(sep);
  if (top === 'app') return 'app';
  if (top === 'features' && name) return `feature:${name}`;
  return 'shared';
}

/** The entry, the test helpers and the tests put things together and may import from anywhere. */
const isExempt = (file) => {
  const rel = relative(srcRoot, file);
  return rel === 'main.tsx' || rel.startsWith(`testing${sep}`) || /\.test\.tsx?$/.test(rel);
};

function targetOf(specifier, file) {
  if (specifier.startsWith('@/')) return resolve(srcRoot, specifier.slice(2));
  if (specifier.startsWith('./') || specifier.startsWith('../')) return resolve(dirname(file), specifier);
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: { type: 'problem', docs: { description: 'Enforce shared → features → app imports in apps/web' }, schema: [] },
  create(context) {
    const file = context.filename;
    const from = zoneOf(file);
    if (!from || from === 'app' || isExempt(file)) return {};
    const check = (node) => {
      const specifier = node.source && node.source.type === 'Literal' ? node.source.value : null;
      if (typeof specifier !== 'string') return;
      const target = targetOf(specifier, file);
      const to = target && zoneOf(target);
      if (!to || to === from || to === 'shared') return;
      const message =
        to === 'app'
          ? `${from === 'shared' ? 'Shared code' : 'A feature'} must not import from src/app: the app composes features, not the other way round.`
          : from === 'shared'
            ? `Shared code must not import a feature (${to.slice(8)}): move what both need to components/, hooks/ or lib/.`
            : `Feature ${from.slice(8)} must not import feature ${to.slice(8)}: compose them in src/app, or move the shared part to components/, hooks/ or lib/.`;
      context.report({ node: node.source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const webBoundariesPlugin = { rules: { boundaries } };
