import type { Command } from 'commander';
import { resolveSocketPath } from './socket-path.js';

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
      // Connect and ask for the dashboard's data first: the daemon answers while Ink and React load.
      const early = Promise.all([import('./data/control-source.js'), import('./data/summary.js')]).then(async ([{ ControlSource }, { DASHBOARD_DAYS }]) => {
        const source = await ControlSource.connect(resolveSocketPath(opts, process.env));
        source.prefetchDashboard(DASHBOARD_DAYS);
        return source;
      });
      early.catch(() => {
        // The app's first connect takes this promise and shows the failure on its connection screen.
      });
      const { runTui } = await import('./run-tui.js');
      await runTui(opts, early);
    });
}
