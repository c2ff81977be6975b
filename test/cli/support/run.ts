// Runs the CLI in-process and collects what it prints, for the CLI tests.
import { run } from '../../../src/cli/main';

export interface Result {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<Result> {
  return cliOnClock(undefined, ...argv);
}

/** The CLI with the time limit read on `clock` instead of the machine's. */
export async function cliOnClock(clock: (() => number) | undefined, ...argv: string[]): Promise<Result> {
  let out = '';
  let err = '';
  const code = await run(argv, (s) => (out += s), (s) => (err += s), clock);
  return { code, out, err };
}
