// Counts the tests in the bundled integration suite (out/test/integration/*.test.js) without VS Code:
// loads the files into mocha in plain Node, with a stand-in for the `vscode` module that absorbs any
// use at load time, and prints the number of tests mocha registered. scripts/vscode/test.mjs holds
// the run's report against this count, so a host that runs fewer tests than the suite has fails.
// Usage: node scripts/vscode/count-tests.cjs <out-dir>
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

/** A value that is every property, callable and constructible, and never a thenable. */
function standIn() {
  const target = function () {};
  const proxy = new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => '';
      if (key === Symbol.iterator) return function* () {};
      return proxy;
    },
    apply: () => proxy,
    construct: () => proxy,
  });
  return proxy;
}

const vscode = standIn();
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const dir = path.resolve(process.argv[2] ?? '');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort();
if (files.length === 0) throw new Error(`no *.test.js in ${dir}`);
const Mocha = require('mocha');
const mocha = new Mocha({ ui: 'bdd' });
for (const f of files) mocha.addFile(path.join(dir, f));
mocha.loadFiles();
process.stdout.write(`${JSON.stringify({ files, tests: mocha.suite.total() })}\n`);
