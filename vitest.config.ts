import { defineConfig } from 'vitest/config';

// Three tiers, chosen by file suffix (after Telegraf's _test / _integration_test):
//   *.test.ts(x)       unit: pure code, fixtures and temp folders; `npm run test:unit` runs only these
//   *.host.test.ts     host: reads or changes this machine (apt, /proc, nft, live collectors)
//   *.e2e.test.ts      e2e: real daemons, agents, tmux, network namespaces
const roots = ['common', 'protocol', 'appliance', 'agents', 'tui', 'cli', 'scripts', 'e2e', 'image', 'test-support', 'architecture'];
const files = (suffix: string) => roots.flatMap((r) => [`${r}/**/*${suffix}.ts`, `${r}/**/*${suffix}.tsx`]);

export default defineConfig({
  test: {
    pool: 'forks',
    // Two cores: end-to-end tests start daemons and agents of their own.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: files('.test'), exclude: [...files('.host.test'), ...files('.e2e.test'), '**/node_modules/**', 'dist/**'], testTimeout: 30_000, hookTimeout: 30_000 },
      },
      { extends: true, test: { name: 'host', include: files('.host.test'), testTimeout: 120_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: 'e2e', include: files('.e2e.test'), testTimeout: 180_000, hookTimeout: 120_000 } },
    ],
  },
});
