// The layers of src/ are enforced by lint (eslint.config.mjs, no-restricted-imports): core, service and
// shared (and pdf, but for its Node starter) import neither vscode nor Node; each imports only the
// layers below; the webview only shared.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '..', '..');

async function layerErrors(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(`${source}\nexport const used = [x];\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const CASES: [file: string, source: string, allowed: boolean][] = [
  ['src/core/x.ts', "import * as x from 'vscode';", false],
  ['src/core/x.ts', "import { readFileSync as x } from 'fs';", false],
  ['src/core/checks/x.ts', "import * as x from 'node:path';", false],
  ['src/core/x.ts', "import { LetterService as x } from '../service';", false],
  ['src/core/x.ts', "import { buildPanelViewModel as x } from '../shared/panelViewModel';", false],
  ['src/service/x.ts', "import * as x from 'vscode';", false],
  ['src/service/x.ts', "import { promises as x } from 'node:fs';", false],
  ['src/service/x.ts', "import { t as x } from '../extension/l10n';", false],
  ['src/service/x.ts', "import { parseLetter as x } from '../core';", true],
  ['src/shared/x.ts', "import * as x from 'vscode';", false],
  ['src/shared/x.ts', "import { LetterService as x } from '../service';", false],
  ['src/shared/x.ts', "import { LineIndex as x } from '../core/text/lineIndex';", true],
  ['src/webview/x.ts', "import { parseLetter as x } from '../core/parseLetter';", false],
  ['src/webview/x.ts', "import * as x from '../extension/panel/html';", false],
  ['src/webview/x.ts', "import { PanelStateSchema as x } from '../shared/panelProtocol';", true],
  ['src/pdf/x.ts', "import { Worker as x } from 'node:worker_threads';", false],
  ['src/pdf/nodeWorker.ts', "import { Worker as x } from 'node:worker_threads';", true],
  ['src/extension/x.ts', "import * as x from 'vscode';", true],
];

describe('layers, by lint', function () {
  this.timeout(60_000);
  for (const [file, source, allowed] of CASES) {
    it(`${allowed ? 'lets' : 'stops'} ${file}: ${source}`, async () => {
      const errors = await layerErrors(file, source);
      assert.equal(errors.length, allowed ? 0 : 1, errors.join('; ') || 'no error');
    });
  }
});
