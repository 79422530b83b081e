// The posture summary of a PC for the asset ledger (F-c, F-d, F-b, C-c): one flat object per asset,
// computed from the inventory sections the collectors send. Sections come from agents (outside
// input), so every field is read defensively; an absent or malformed section gives null, never a guess.
// What counts as a problem is judged elsewhere, once: control/contract/posture.ts.
import type { OsSupport, Posture } from '../store/posture-schema.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
// A count may come as a number or as the list it counts (pending updates by name).
const count = (v: unknown): number | null => (Array.isArray(v) ? v.length : typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
const list = (v: unknown): Obj[] | null => (Array.isArray(v) ? v.map(obj).filter((x): x is Obj => x !== undefined) : null);

/** true if any item says true, false if all that say anything say false, null if none says anything. */
function anyTrue(items: Obj[] | null, key: string): boolean | null {
  if (!items) return null;
  const known = items.map((i) => bool(i[key])).filter((b): b is boolean => b !== null);
  return known.length ? known.includes(true) : null;
}

/** Antivirus: judged on the products that are on; several entries, some stale, are normal. */
function antivirus(section: unknown): Pick<Posture, 'avEnabled' | 'avUpToDate'> {
  const products = list(obj(section)?.products);
  const avEnabled = anyTrue(products, 'enabled');
  if (!products || avEnabled === null) return { avEnabled, avUpToDate: null };
  const on = products.filter((p) => p.enabled === true);
  return { avEnabled, avUpToDate: on.length ? anyTrue(on, 'upToDate') : false };
}

/** Every volume that reports must be encrypted; null when none reports. */
function encryption(section: unknown): boolean | null {
  const volumes = list(obj(section)?.volumes);
  if (!volumes) return null;
  const known = volumes.map((v) => bool(v.encrypted)).filter((b): b is boolean => b !== null);
  return known.length ? known.every(Boolean) : null;
}

function localAdmins(section: unknown): number | null {
  const users = list(obj(section)?.users);
  if (!users) return null;
  return users.filter((u) => u.admin === true && u.enabled !== false).length;
}

function osSupport(section: unknown): OsSupport {
  const status = obj(section)?.status;
  return status === 'supported' || status === 'ending' || status === 'unsupported' ? status : 'unknown';
}

export function computePosture(sections: Record<string, unknown>, myNumberFiles: number): Posture {
  const patches = obj(sections.patches);
  return {
    ...antivirus(sections.antivirus),
    patchesMissing: count(patches?.pending),
    securityPatchesMissing: count(patches?.securityPending),
    rebootRequired: bool(patches?.rebootRequired),
    osSupported: osSupport(sections.ossupport),
    firewallEnabled: bool(obj(sections.firewall)?.enabled),
    diskEncrypted: encryption(sections.encryption),
    localAdmins: localAdmins(sections.accounts),
    myNumberFiles,
  };
}
