// The dependency rules of this repository, written once. Each row: a part, and the only parts of ours it
// may import (external packages are not restricted here). A file belongs to the longest part prefix
// that matches its path. Parts not listed (bench/, e2e/, test-support/, scripts/) may import anything:
// they are harnesses and entry points, never imported by product code (a rule below forbids that).

export interface Rule {
  part: string;
  /** Path prefixes this part may import from (besides itself). */
  may: readonly string[];
  why: string;
}

const APPLIANCE_MODULES = 'appliance/';

export const RULES: readonly Rule[] = [
  { part: 'protocol/', may: [], why: 'the agent wire protocol is shared by box and agents: it depends on nothing of ours' },
  { part: 'common/', may: ['package.json'], why: 'neutral primitives any part may use; they depend on nothing of ours' },
  { part: 'agents/', may: ['protocol/', 'common/', 'package.json'], why: 'the agent ships without the box: only the protocol and the shared primitives' },
  {
    part: 'tui/',
    may: ['appliance/control/contract/', 'appliance/control/control-client.ts', 'common/'],
    why: 'the TUI is a client of the control socket: it knows the contract and the client, nothing of the box inside',
  },
  { part: 'appliance/', may: [APPLIANCE_MODULES, 'protocol/', 'common/', 'package.json'], why: 'the box never imports the TUI or the agents' },
  { part: 'cli/', may: ['appliance/', 'tui/', 'common/'], why: 'the `mamori` entry composes the box commands and the TUI' },
];

/** Product code may never import these: they are test and measurement harnesses. */
export const HARNESSES: readonly string[] = ['bench/', 'e2e/', 'test-support/', 'architecture/'];

/**
 * The folder graph inside appliance/ must have no cycles: a module's folder is its second path
 * element (appliance/hub, appliance/store, …), except the control contract, which is a node of its own
 * because the box's modules and the clients both stand on it.
 */
export function applianceNode(file: string): string | null {
  if (!file.startsWith('appliance/')) return null;
  if (file.startsWith('appliance/control/contract/')) return 'appliance/control/contract';
  const [, sub] = file.split('/');
  return sub && file.split('/').length > 2 ? `appliance/${sub}` : 'appliance';
}
