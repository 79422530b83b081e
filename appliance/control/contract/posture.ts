// What counts as a problem in a PC's posture: the one judgement the box's clients (CLI, TUI) and the
// compliance report share. The box computes the facts (ingest/posture.ts); this says what they mean.
// Unknown (null) is never a problem and never fine: it is listed as unknown.
import type { Posture } from '../../store/posture-schema.js';

export type { OsSupport, Posture } from '../../store/posture-schema.js';

/** The areas of a posture, in the order people read them. */
export const POSTURE_AREAS = ['av', 'patches', 'os', 'firewall', 'disk', 'mynumber'] as const;
export type PostureArea = (typeof POSTURE_AREAS)[number];

export type PostureFindingCode =
  | 'av_off'
  | 'av_outdated'
  | 'security_updates_pending'
  | 'updates_pending'
  | 'os_unsupported'
  | 'os_ending'
  | 'firewall_off'
  | 'disk_unencrypted'
  | 'mynumber_files';

export interface PostureFinding {
  area: PostureArea;
  code: PostureFindingCode;
  /** 'problem': something to fix; 'attention': fine today, but someone should know (OS support ending, My Number files held). */
  severity: 'problem' | 'attention';
  /** How many, where a count is the point (updates pending, My Number files). */
  count?: number;
}

export interface PostureJudgement {
  findings: PostureFinding[];
  /** Areas the PC did not (or could not) report: not a problem, not fine either. */
  unknown: PostureArea[];
}

export function judgePosture(p: Posture | undefined): PostureJudgement {
  if (!p) return { findings: [], unknown: POSTURE_AREAS.filter((a) => a !== 'mynumber') };
  const findings: PostureFinding[] = [];
  const unknown: PostureArea[] = [];

  if (p.avEnabled === false) findings.push({ area: 'av', code: 'av_off', severity: 'problem' });
  else if (p.avUpToDate === false) findings.push({ area: 'av', code: 'av_outdated', severity: 'problem' });
  else if (p.avEnabled === null || p.avUpToDate === null) unknown.push('av');

  if (p.securityPatchesMissing !== null && p.securityPatchesMissing > 0)
    findings.push({ area: 'patches', code: 'security_updates_pending', severity: 'problem', count: p.securityPatchesMissing });
  else if (p.patchesMissing !== null && p.patchesMissing > 0) findings.push({ area: 'patches', code: 'updates_pending', severity: 'problem', count: p.patchesMissing });
  else if (p.patchesMissing === null && p.securityPatchesMissing === null) unknown.push('patches');

  if (p.osSupported === 'unsupported') findings.push({ area: 'os', code: 'os_unsupported', severity: 'problem' });
  else if (p.osSupported === 'ending') findings.push({ area: 'os', code: 'os_ending', severity: 'attention' });
  else if (p.osSupported === 'unknown') unknown.push('os');

  if (p.firewallEnabled === false) findings.push({ area: 'firewall', code: 'firewall_off', severity: 'problem' });
  else if (p.firewallEnabled === null) unknown.push('firewall');

  if (p.diskEncrypted === false) findings.push({ area: 'disk', code: 'disk_unencrypted', severity: 'problem' });
  else if (p.diskEncrypted === null) unknown.push('disk');

  if (p.myNumberFiles > 0) findings.push({ area: 'mynumber', code: 'mynumber_files', severity: 'attention', count: p.myNumberFiles });
  return { findings, unknown };
}
