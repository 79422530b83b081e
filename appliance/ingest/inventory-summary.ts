// The asset ledger keeps a summary of each PC (names, MACs, IPs, OS, hardware identity); the full
// inventory lives in inventory/<assetId>.json. Sections come from agents, so read them defensively.
export interface InventorySummary {
  hostname?: string;
  os?: string;
  vendor?: string;
  model?: string;
  serial?: string;
  smbiosUuid?: string;
  macs?: string[];
  ips?: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);

export function summarizeInventory(sections: Record<string, unknown>): InventorySummary {
  const system = obj(sections.system);
  const os = obj(system?.os);
  const hardware = obj(sections.hardware);
  const network = obj(sections.network);
  const out: InventorySummary = {
    hostname: str(system?.hostname),
    os: str(os?.prettyName) ?? ([str(os?.name), str(os?.version)].filter(Boolean).join(' ') || undefined),
    vendor: str(hardware?.vendor),
    model: str(hardware?.model),
    serial: str(hardware?.serial),
    smbiosUuid: str(hardware?.smbiosUuid) ?? str(hardware?.uuid),
  };
  const interfaces = Array.isArray(network?.interfaces) ? network.interfaces : [];
  if (network) {
    const macs = new Set<string>();
    const ips = new Set<string>();
    for (const i of interfaces) {
      const itf = obj(i);
      // Software interfaces (docker, veth, bridges) have made-up MACs and host-internal addresses.
      if (itf?.physical === false) continue;
      const mac = str(itf?.mac)?.toLowerCase();
      if (mac && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac) && mac !== '00:00:00:00:00:00') macs.add(mac);
      for (const key of ['ipv4', 'addresses']) {
        const list = itf?.[key];
        if (!Array.isArray(list)) continue;
        for (const a of list) {
          const ip = str(a) ?? str(obj(a)?.address);
          if (ip && !ip.startsWith('fe80') && ip.includes('.')) ips.add(ip.split('/')[0]!);
        }
      }
    }
    out.macs = [...macs].sort();
    out.ips = [...ips].sort();
  }
  return out;
}
