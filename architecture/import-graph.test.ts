// The architecture, enforced: the real import graph against the rules in rules.ts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applianceCycles, forbiddenEdges, readImportGraph } from './import-graph.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const show = (v: ReturnType<typeof forbiddenEdges>) => v.map((x) => `${x.edge.from} -> ${x.edge.to}: ${x.reason}`);

describe('architecture', () => {
  const graph = readImportGraph(root);

  it('reads the real graph', () => {
    expect(graph.files.length).toBeGreaterThan(300);
    expect(graph.edges).toContainEqual({ from: 'tui/data/control-source.ts', to: 'appliance/control/control-client.ts' });
  });

  it('has no forbidden import in product code', () => {
    expect(show(forbiddenEdges(graph.edges))).toEqual([]);
  });

  it('has no cycle between appliance folders', () => {
    expect(applianceCycles(graph.edges)).toEqual([]);
  });

  // The checks themselves can fail: each forbidden kind of edge, added to the real graph, is caught.
  it.each([
    ['agents/service/agent-service.ts', 'appliance/store/state.ts'],
    ['protocol/wire.ts', 'common/log.ts'],
    ['common/log.ts', 'appliance/errors/mamori-error.ts'],
    ['tui/data/summary.ts', 'appliance/store/state-schema.ts'],
    ['tui/data/summary.ts', 'appliance/control/control-server.ts'],
    ['appliance/hub/agent-hub.ts', 'tui/app/app.tsx'],
    ['appliance/hub/agent-hub.ts', 'agents/spool/spool.ts'],
    ['appliance/store/state.ts', 'e2e/harness/box.ts'],
  ])('catches %s -> %s', (from, to) => {
    expect(show(forbiddenEdges([...graph.edges, { from, to }]))).toHaveLength(1);
  });

  it('catches a folder cycle inside appliance', () => {
    expect(applianceCycles([...graph.edges, { from: 'appliance/store/state.ts', to: 'appliance/hub/agent-hub.ts' }]).length).toBeGreaterThan(0);
  });
});
