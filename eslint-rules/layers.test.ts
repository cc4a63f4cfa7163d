// Proves the folder-boundary rule is live in the project's real ESLint config, as an error:
// linting these snippets as if they sat in each folder must fail (or pass) exactly as the
// layering in the brief says.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'local/layers' && m.severity === 2)
    .map((m) => m.message);
}

describe('folder-boundary lint rule', () => {
  it('fails a renderer file that imports node:fs', async () => {
    const errors = await layerErrors(
      'renderer/leak.ts',
      "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n",
    );
    expect(errors).toEqual([expect.stringContaining("renderer/ may not import the Node built-in 'node:fs'")]);
  });

  it.each([
    ['renderer/a.ts', "import fs from 'fs';\nvoid fs;\n", 'Node built-in'],
    ['renderer/a.ts', "import { app } from 'electron';\nvoid app;\n", "'electron'"],
    ['renderer/a.ts', "import { x } from '../gateway/server.ts';\nvoid x;\n", 'may not import gateway/'],
    ['renderer/a.ts', "const m = await import('node:path');\nvoid m;\n", 'Node built-in'],
    ['shared/a.ts', "import { x } from '../renderer/app.tsx';\nvoid x;\n", 'may not import renderer/'],
    ['shared/a.ts', "import { join } from 'node:path';\nvoid join;\n", 'Node built-in'],
    ['shared/a.ts', "import React from 'react';\nvoid React;\n", "may import only zod, pdf-lib, not 'react'"],
    ['shared/a.ts', "import { it } from 'vitest';\nvoid it;\n", "may import only zod, pdf-lib, not 'vitest'"],
    [
      'shared/a.ts',
      "import { pdfText } from '../test/support/pdf-text.ts';\nvoid pdfText;\n",
      'may not import test/',
    ],
    ['gateway/a.ts', "import { app } from 'electron';\nvoid app;\n", "'electron'"],
    ['gateway/a.ts', "import { x } from '../renderer/app.tsx';\nvoid x;\n", 'may not import renderer/'],
    ['gateway/a.ts', "export { x } from '../electron/main/config.ts';\n", 'may not import electron/main/'],
    [
      'electron/main/a.ts',
      "import { x } from '../../gateway/server.ts';\nvoid x;\n",
      'may not import gateway/',
    ],
    [
      'electron/preload/a.ts',
      "import { readFile } from 'node:fs/promises';\nvoid readFile;\n",
      'Node built-in',
    ],
  ])('refuses %s importing: %s', async (file, code, why) => {
    const errors = await layerErrors(file, code);
    expect(errors).toEqual([expect.stringContaining(why)]);
  });

  it.each([
    [
      'renderer/a.ts',
      "import { z } from 'zod';\nimport { ok } from '../shared/result.ts';\nvoid z; void ok;\n",
    ],
    [
      'gateway/a.ts',
      "import { join } from 'node:path';\nimport { ok } from '../shared/result.ts';\nvoid join; void ok;\n",
    ],
    [
      'electron/main/a.ts',
      "import { app } from 'electron';\nimport { join } from 'node:path';\nvoid app; void join;\n",
    ],
    ['electron/preload/a.ts', "import { contextBridge } from 'electron';\nvoid contextBridge;\n"],
    ['shared/a.ts', "import { z } from 'zod';\nimport { ok } from './result.ts';\nvoid z; void ok;\n"],
    ['shared/a.test.ts', "import { it } from 'vitest';\nvoid it;\n"],
    ['shared/pdf/a.test.ts', "import { pdfText } from '../../test/support/pdf-text.ts';\nvoid pdfText;\n"],
  ])('allows %s its own layers', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
