// The control socket's contract: every method's parameter schema and result type, one file per area.
// The daemon's handlers, the admin CLI and the TUI all compile against these names, so the box and its
// clients cannot drift apart. A new area: a file here exporting `<area>Methods` and `<Area>Results`,
// then its name in the two lists below (see ../README.md).
import type { z } from 'zod';
import { agentMethods, type AgentResults } from './agents.js';
import { alertMethods, type AlertResults } from './alerts.js';
import { assetMethods, type AssetResults } from './assets.js';
import { discoveryMethods, type DiscoveryResults } from './discovery.js';
import { eventMethods, type EventResults } from './events.js';
import { ledgerMethods, type LedgerResults } from './ledger.js';
import { settingsMethods, type SettingsResults } from './settings.js';
import { statusMethods, type StatusResults } from './status.js';
import { tokenMethods, type TokenResults } from './tokens.js';

export const Methods = {
  ...statusMethods,
  ...tokenMethods,
  ...assetMethods,
  ...agentMethods,
  ...eventMethods,
  ...alertMethods,
  ...settingsMethods,
  ...discoveryMethods,
  ...ledgerMethods,
} as const;

export type Results = StatusResults & TokenResults & AssetResults & AgentResults & EventResults & AlertResults & SettingsResults & DiscoveryResults & LedgerResults;

export type MethodName = keyof typeof Methods;
/** What a caller passes (defaults may be left out). */
export type MethodParams<M extends MethodName> = z.input<(typeof Methods)[M]>;
/** What a handler receives (defaults filled in). */
export type MethodInput<M extends MethodName> = z.output<(typeof Methods)[M]>;

// Every method has a result type and every result type a method: a missing one fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyMethodHasAResult: Same<MethodName, keyof Results> = true;
void everyMethodHasAResult;

export * from './agents.js';
export * from './alerts.js';
export * from './assets.js';
export * from './discovery.js';
export * from './errors.js';
export * from './events.js';
export * from './frames.js';
export * from './ledger.js';
export * from './posture.js';
export * from './settings.js';
export * from './status.js';
export * from './tokens.js';
