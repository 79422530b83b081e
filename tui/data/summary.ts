// Dashboard numbers computed from the asset list (so the daemon needs no dashboard-specific method).
import { judgePosture, POSTURE_AREAS, type AgentView, type AssetView, type PostureArea } from '../../appliance/control/contract/index.js';

/** PCs with a finding (problem or attention) per posture area, as contract/posture.ts judges them. */
export type PostureCounts = Record<PostureArea, number>;

export interface Summary {
  pcs: number;
  pcsOnline: number;
  devices: number;
  devicesByType: Array<[string, number]>;
  posture: PostureCounts;
  agentsOffline: number;
}

export function summarize(assets: readonly AssetView[], agents: readonly AgentView[]): Summary {
  const posture = Object.fromEntries(POSTURE_AREAS.map((a) => [a, 0])) as PostureCounts;
  const types = new Map<string, number>();
  let pcs = 0;
  let pcsOnline = 0;
  for (const a of assets) {
    if (a.kind === 'pc') {
      pcs++;
      if (a.connected) pcsOnline++;
      for (const area of new Set(judgePosture(a.posture).findings.map((f) => f.area))) posture[area]++;
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
