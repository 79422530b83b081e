// The catalogue of journal record kinds the box writes, with the shape of each one's `data`. Writers
// build records with journalEvent() so the compiler holds them to it; readers (the control contract,
// the CLI, the TUI, the compliance report) narrow a record with isEvent(). Agents' own event kinds
// (usb.*, agent.*, …) are journaled as sent, plus the agent's clock in `agentTime`.
import type { IdentityHints, ScanCompletedData, ScanFileData } from '../../protocol/wire.js';
import type { JournalInput, JournalRecord } from './types.js';

type AgentTime = { agentTime: string };
type Listen = { host: string; port: number };
type MyNumberFileData = { assetId: string; host: string; root: string; path: string; count: number; confidence: 'high' | 'low' };
type Refusal = { remote: string; reason: string; message: string };

export type EventData = {
  'box.started': { version: string; pid: number; listen: Listen };
  'box.stopped': { pid: number };
  'journal.pruned': { before: string; segments: number; records: number; fromSeq: number; anchorSeq: number; anchorHash: string };

  'admin.token_created': { tokenId: string; uses: number; expiresAt: string };
  'admin.agent_revoked': { agentId: string; assetId: string };
  'admin.alert_acked': { alertId: string; note: string };
  'admin.settings_changed': { patch: Record<string, unknown> };
  'admin.discovery_run': Record<string, never>;
  'policy.changed': { version: number; agentsNotified: number };

  'agent.enrolled': { assetId: string; hostname: string; remote: string; hints: IdentityHints };
  'identity.collision': { assetId: string; with: string };
  'security.session_replaced': { oldRemote: string; newRemote: string };
  'security.enroll_refused': Refusal & { hostname: string };
  'security.auth_refused': Refusal & { claimedAgentId: string };
  /** A refused message; path and failures are missing when the socket itself refused it (oversized). */
  'security.bad_message': { remote: string; code: string; message: string; path?: string; failures?: number };

  'inventory.changed': AgentTime & { full: boolean; changed: string[]; removed: string[]; hashes: Record<string, string> };
  'scan.file': AgentTime & ScanFileData;
  'scan.completed': AgentTime & ScanCompletedData;
  'mynumber.file_found': MyNumberFileData;
  'mynumber.file_gone': MyNumberFileData & { goneAt: string };

  'discovery.new': { assetId: string; name: string; type: string; vendor?: string; model?: string; serial?: string; ips: string[]; macs: string[] };
  'discovery.changed': { assetId: string; matchedBy: 'mac' | 'serial' | 'hostname'; changes: Record<string, { from: unknown; to: unknown }> };
  'discovery.missing': { assetId: string; name: string; lastSeen: string; ips: string[] };
};
export type EventKind = keyof EventData;

/** A journal record of a known kind, with its data typed. */
export type EventOf<K extends EventKind> = Omit<JournalRecord, 'kind' | 'data'> & { kind: K; data: EventData[K] };

/** A record to append, checked against the catalogue. */
export function journalEvent<K extends EventKind>(src: string, kind: K, data: EventData[K], aseq?: number): JournalInput {
  return aseq === undefined ? { src, kind, data } : { src, kind, data, aseq };
}

/** Narrows a record read back (from the journal or the control socket) to a known kind. */
export function isEvent<K extends EventKind>(record: JournalRecord, kind: K): record is JournalRecord & EventOf<K> {
  return record.kind === kind;
}
