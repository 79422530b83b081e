// Dashboard numbers computed from the asset list (so the daemon needs no dashboard-specific method).
import type { Agent, Asset } from './types.js';

export interface PostureCounts {
  av: number;
  patches: number;
  os: number;
  disk: number;
  mynumber: number;
}

export interface Summary {
  pcs: number;
  pcsOnline: number;
  devices: number;
  devicesByType: Array<[string, number]>;
  posture: PostureCounts;
  agentsOffline: number;
}

/**
 * Posture as the box computes it (appliance/hub posture): avEnabled, avUpToDate, patchesMissing,
 * securityPatchesMissing, osSupported ('supported' | 'ending' | 'unsupported' | 'unknown'), diskEncrypted,
 * myNumberFiles. null or a missing key counts as "not known", never as a problem.
 */
export function postureProblems(p: Record<string, unknown> | undefined): Array<keyof PostureCounts> {
  if (!p) return [];
  const out: Array<keyof PostureCounts> = [];
  if (p.avEnabled === false || p.avUpToDate === false) out.push('av');
  if (Number(p.patchesMissing) > 0 || Number(p.securityPatchesMissing) > 0) out.push('patches');
  if (p.osSupported === 'unsupported' || p.osSupported === false) out.push('os');
  if (p.diskEncrypted === false) out.push('disk');
  if (Number(p.myNumberFiles) > 0) out.push('mynumber');
  return out;
}

export function summarize(assets: readonly Asset[], agents: readonly Agent[]): Summary {
  const posture: PostureCounts = { av: 0, patches: 0, os: 0, disk: 0, mynumber: 0 };
  const types = new Map<string, number>();
  let pcs = 0;
  let pcsOnline = 0;
  for (const a of assets) {
    if (a.kind === 'pc') {
      pcs++;
      if (a.connected) pcsOnline++;
      for (const k of postureProblems(a.posture)) posture[k]++;
    } else {
      const type = a.type ?? 'unknown';
      types.set(type, (types.get(type) ?? 0) + 1);
    }
  }
  return {
    pcs,
    pcsOnline,
    devices: assets.length - pcs,
    devicesByType: [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    posture,
    agentsOffline: agents.filter((a) => !a.revokedAt && !a.connected).length,
  };
}
