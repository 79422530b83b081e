// The version of this package, read from package.json at build time. A JSON import (not a read at run
// time) so the box, the CLI and the agent agree, and so a bundler (esbuild, for the Windows agent's
// single executable) inlines it: a bundled agent has no package.json beside it.
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
