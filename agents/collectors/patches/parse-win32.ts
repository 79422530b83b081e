// Windows `patches` section: build + UBR from the base snapshot, hotfixes, last install and reboot
// flag from the posture snapshot, pending updates from the Windows Update agent's cached search.
import { asArray, records, str } from '../json-values.js';
import { bool, winDate } from '../windows/json.js';
import { buildString, windowsOs } from '../windows/os-facts.js';
import type { Hotfix, PatchesSection, PendingUpdate } from './schema.js';
import { MAX_LISTED_UPDATES } from './schema.js';

const HOTFIX_SOURCE = 'Win32_QuickFixEngineering';
const UPDATE_SOURCE = 'Microsoft.Update.Session';

export function parsePatchesWin32(
  base: Record<string, unknown>,
  posture: Record<string, unknown>,
  updates: Record<string, unknown>,
): PatchesSection {
  const section: PatchesSection = {
    hotfixes: parseHotfixes(posture.hotfixes),
    pending: null,
    securityPending: null,
    pendingUpdates: [],
    rebootRequired: bool(posture.rebootRequired) ?? null,
  };
  const build = buildString(windowsOs(base.cv, base.os));
  if (build !== undefined) section.build = build;
  const last = winDate(posture.lastInstall);
  if (last !== undefined) section.lastInstall = last;
  const error = str(updates.error);
  if (error !== undefined) section.pendingError = error;
  else if ('updates' in updates) {
    const pending = parseUpdates(updates.updates);
    section.pending = pending.length;
    section.securityPending = pending.filter((u) => u.security).length;
    section.pendingUpdates = pending.slice(0, MAX_LISTED_UPDATES);
    section.pendingSource = `${UPDATE_SOURCE} (cached scan)`;
  }
  return section;
}

export function parseHotfixes(raw: unknown): Hotfix[] {
  const out: Hotfix[] = [];
  for (const h of records(raw)) {
    const id = str(h.HotFixID);
    // Old Windows lists "File 1" placeholder rows for updates it cannot name.
    if (id === undefined || /^File \d+$/i.test(id)) continue;
    const fix: Hotfix = { id, source: HOTFIX_SOURCE };
    const description = str(h.Description);
    const installedOn = winDate(h.InstalledOn);
    if (description !== undefined) fix.description = description;
    if (installedOn !== undefined) fix.installedOn = installedOn;
    out.push(fix);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// MsrcSeverity (Critical/Important/Moderate/Low) is set only on security updates; category names are
// localised ("Security Updates", "セキュリティ更新プログラム").
function parseUpdates(raw: unknown): PendingUpdate[] {
  const out: PendingUpdate[] = [];
  for (const u of records(raw)) {
    const name = str(u.Title);
    if (name === undefined) continue;
    const severity = str(u.Severity);
    const categories = asArray(u.Categories).map((c) => str(c) ?? '');
    const security = severity !== undefined || categories.some((c) => /security|セキュリティ/i.test(c));
    const row: PendingUpdate = { name, security, source: UPDATE_SOURCE };
    const kbs = asArray(u.KBs).map((k) => str(k)).filter((k): k is string => k !== undefined).map((k) => (k.startsWith('KB') ? k : `KB${k}`));
    if (kbs.length > 0) row.kb = kbs;
    if (severity !== undefined) row.severity = severity;
    out.push(row);
  }
  return out;
}
