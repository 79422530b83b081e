import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

type TuiModule = typeof import('./run-tui.js');

/** The one-file bundle `npm run build` makes (scripts/bundle-tui.mjs) starts ~250 ms sooner than ink's many modules. */
async function loadTui(): Promise<TuiModule> {
  const bundle = new URL('./run-tui.bundle.js', import.meta.url);
  if (existsSync(fileURLToPath(bundle))) return (await import(bundle.href)) as TuiModule;
  return import('./run-tui.js');
}

// `mamori tui`: the terminal UI. Loaded on demand so the daemon and other commands never load ink/react.
export function registerTui(program: Command): void {
  program
    .command('tui')
    .description('terminal UI for administrators / 管理者向けの画面')
    .option('--control <path>', 'control socket (default: <data>/control.sock)')
    .option('--data <dir>', 'data folder (default: $MAMORI_DATA or /var/lib/mamori)')
    .option('--lang <lang>', 'ja or en (default: from LC_ALL / LANG)')
    .action(async (opts: { control?: string; data?: string; lang?: string }) => {
      // React's development build logs every component render into performance.measure() entries
      // (with prop diffs) and keeps them: 2-3x the CPU per frame and +200 MB RSS over a few minutes
      // with 5,000 assets. It picks the build when first loaded, which is the import below.
      process.env.NODE_ENV ??= 'production';
      // Ink suppresses every frame but the last when CI or CONTINUOUS_INTEGRATION is set (is-in-ci,
      // read when ink loads). `mamori tui` refuses to run without a real terminal anyway, so a stray
      // CI variable in an administrator's SSH session (or our own CI's pty test) must not blank it.
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      const { runTui } = await loadTui();
      await runTui(opts);
    });
}
