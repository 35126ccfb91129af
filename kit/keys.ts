import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Development keys: generated once per installation under data/keys/ (git-ignored), never a constant
 * in the code. Production must configure its keys; the config refuses to start without them.
 */
export function devSecret(dataDir: string, name: string): string {
  const file = path.resolve(dataDir, 'keys', `${name}.secret`);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Six processes may start at once: write a private temporary file, then link it into place, which
  // fails if another process got there first, so nobody ever reads a half-written key.
  const secret = randomBytes(32).toString('base64url');
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(tmp, `${secret}\n`, { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    return secret;
  } catch {
    return fs.readFileSync(file, 'utf8').trim(); // theirs
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
