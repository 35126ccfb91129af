import { execFile } from 'node:child_process';
import path from 'node:path';

/** The project's root, where `npm run` runs the scripts. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ScriptRun {
  /** The exit status (1 for a process killed by the time limit). */
  status: number;
  out: string;
  err: string;
}

/**
 * Runs `scripts/<script>.ts` as `npm run <script>` would (tsx, in the project's folder) with `env` on top
 * of the test's environment; resolves with its exit status and output, never rejects.
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
      (err, stdout, stderr) => resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr }),
    );
  });
}
