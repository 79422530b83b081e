import type { Command } from 'commander';

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
      const { runTui } = await import('./run-tui.js');
      await runTui(opts);
    });
}
