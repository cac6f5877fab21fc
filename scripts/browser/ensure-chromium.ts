/**
 * Makes sure a Chromium exists for the browser tests. Never downloads a browser build:
 * it uses CHROMIUM_PATH or Debian's package, installing that with apt when running as root.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium';

const CMD = 'apt-get update && apt-get install -y chromium';

function main(): void {
  let path = findChromium();
  if (!path) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    let hasApt: boolean;
    try {
      execFileSync('which', ['apt-get'], { stdio: 'ignore' });
      hasApt = true;
    } catch {
      hasApt = false;
    }
    if (!isRoot || !hasApt) {
      console.error(`Chromium not found. Set CHROMIUM_PATH, or install Debian's chromium:\n  sudo sh -c '${CMD}'`);
      process.exit(1);
    }
    console.log(`Chromium not found; installing Debian's chromium: ${CMD}`);
    execFileSync('sh', ['-c', `${CMD} >/dev/null`], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    path = findChromium();
    if (!path) {
      console.error('apt-get finished but /usr/bin/chromium is still missing.');
      process.exit(1);
    }
  }
  const version = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`Using ${version} at ${path}`);
}

main();
