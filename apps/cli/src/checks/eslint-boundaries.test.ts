import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The package boundaries of ARCHITECTURE.md are lint rules: these cases prove each one fires (and stays quiet when it should). */
const root = fileURLToPath(new URL('../../../../', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('lint boundaries (eslint.config.js)', () => {
  it.each([
    ["import { buildApp } from '@jiebang/server';", 'other workspace'],
    ["import { readFile } from 'node:fs/promises';", 'Node built-in'],
    ["import { z } from 'zod';", 'npm package'],
    ["import { Kysely } from 'kysely';", 'npm package'],
  ])('keeps packages/domain pure: %s (%s)', async (code) => {
    expect(await restrictedImports('packages/domain/src/need/x.ts', `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`)).not.toEqual([]);
  });

  it.each([
    ["import { buildApp } from '@jiebang/server';", 'other workspace'],
    ["import { readFileSync } from 'node:fs';", 'Node built-in'],
    ["import loadHighs from 'highs';", 'npm package'],
  ])('keeps packages/assignment pure: %s (%s)', async (code) => {
    expect(await restrictedImports('packages/assignment/src/x.ts', `${code}\nexport const used = [${code.match(/import \{? ?(\w+)/)![1]}];\n`)).not.toEqual([]);
  });

  it('lets assignment tests check against HiGHS', async () => {
    expect(await restrictedImports('packages/assignment/src/x.test.ts', "import loadHighs from 'highs';\nimport { solveAssignment } from './solve-assignment.ts';\nexport const used = [loadHighs, solveAssignment];\n")).toEqual([]);
    expect(await restrictedImports('packages/assignment/src/x.test.ts', "import { buildApp } from '@jiebang/server';\nexport const used = buildApp;\n")).not.toEqual([]);
  });

  it('lets packages/domain import its own files', async () => {
    expect(await restrictedImports('packages/domain/src/need/x.ts', "import { defineLifecycle } from '../shared/lifecycle.ts';\nexport const used = defineLifecycle;\n")).toEqual([]);
  });

  it('lets packages/contracts import only zod and @jiebang/domain', async () => {
    const ok = "import { z } from 'zod';\nimport { ROLES } from '@jiebang/domain';\nexport const used = [z, ROLES];\n";
    expect(await restrictedImports('packages/contracts/src/x.ts', ok)).toEqual([]);
    expect(await restrictedImports('packages/contracts/src/x.ts', "import { sql } from 'kysely';\nexport const used = sql;\n")).not.toEqual([]);
    expect(await restrictedImports('packages/contracts/src/x.ts', "import type { Database } from '@jiebang/db';\nexport type Used = Database;\n")).not.toEqual([]);
  });

  it('keeps packages/db away from the server and the contract', async () => {
    expect(await restrictedImports('packages/db/src/x.ts', "import { buildApp } from '@jiebang/server';\nexport const used = buildApp;\n")).not.toEqual([]);
    expect(await restrictedImports('packages/db/src/x.ts', "import { IdParams } from '@jiebang/contracts';\nexport const used = IdParams;\n")).not.toEqual([]);
    expect(await restrictedImports('packages/db/src/x.ts', "import { ROLES } from '@jiebang/domain';\nexport const used = ROLES;\n")).toEqual([]);
  });

  it('keeps apps/server from importing the CLI', async () => {
    expect(await restrictedImports('apps/server/src/x.ts', "import { runCli } from '@jiebang/cli';\nexport const used = runCli;\n")).not.toEqual([]);
  });

  it("forbids reaching into another package's files", async () => {
    expect(await restrictedImports('apps/cli/src/x.ts', "import { recordAudit } from '@jiebang/server/src/infra/audit-log.ts';\nexport const used = recordAudit;\n")).not.toEqual([]);
    expect(await restrictedImports('apps/cli/src/x.ts', "import { recordAudit } from '../../server/src/infra/audit-log.ts';\nexport const used = recordAudit;\n")).not.toEqual([]);
    expect(await restrictedImports('apps/cli/src/x.ts', "import { recordAudit } from '@jiebang/server';\nexport const used = recordAudit;\n")).toEqual([]);
  });
});
