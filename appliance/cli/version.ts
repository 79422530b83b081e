import { createRequire } from 'node:module';

// Read from package.json so `--version`, the control socket and the journal agree.
const require = createRequire(import.meta.url);
function findVersion(): string {
  for (const p of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === 'mamori' && pkg.version) return pkg.version;
    } catch {
      // try the next location: source (appliance/cli) and build (dist/appliance/cli) differ by one level
    }
  }
  return '0.0.0';
}
export const VERSION = findVersion();
