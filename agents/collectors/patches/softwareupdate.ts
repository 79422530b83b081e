// `softwareupdate --list --no-scan` (the last scan's result; no network):
//   * Label: macOS Sonoma 14.7.1-23H222
//   	Title: macOS Sonoma 14.7.1, Version: 14.7.1, Size: 1576832KiB, Recommended: YES, Action: restart,
// or "No new software available." Apple marks no update as "security": recommended ones are counted
// as security updates, since Apple's recommended updates are the ones carrying security fixes.
import type { PendingUpdate } from './schema.js';

export const SOFTWAREUPDATE_SOURCE = 'softwareupdate --list --no-scan';

export function parseSoftwareUpdateList(text: string): PendingUpdate[] {
  const out: PendingUpdate[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const label = /^\s*\* Label: (.+?)\s*$/.exec(lines[i]!)?.[1];
    if (label === undefined) continue;
    const detail = lines[i + 1] ?? '';
    const fields = new Map<string, string>();
    for (const part of detail.trim().split(/,\s*/)) {
      const m = /^([\w ]+): (.*)$/.exec(part);
      if (m) fields.set(m[1]!.trim(), m[2]!.trim());
    }
    const row: PendingUpdate = { name: fields.get('Title') ?? label, security: fields.get('Recommended') === 'YES', source: SOFTWAREUPDATE_SOURCE };
    const version = fields.get('Version');
    if (version !== undefined) row.version = version;
    out.push(row);
  }
  return out;
}
