// Bundles the terminal UI (ink, react and our screens) into one file at build time. Node 20 spends most
// of `mamori tui`'s start-up resolving and loading ink's ~150 small modules; one file starts much faster.
// The box still needs no compiler at run time: this runs in `npm run build`.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../dist/tui/run-tui.js', import.meta.url).pathname],
  outfile: new URL('../dist/tui/run-tui.bundle.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some bundled CommonJS packages call require(); give the ES module one.
  banner: { js: "import { createRequire as __mamoriRequire } from 'node:module'; const require = __mamoriRequire(import.meta.url);" },
  plugins: [
    {
      // Ink loads React DevTools only when DEV=true; it is not a dependency of ours.
      name: 'no-devtools',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { connectToDevTools() {} };', loader: 'js' }));
      },
    },
  ],
  logLevel: 'warning',
});
