// Applies the rule tables in rules.ts to one host's answers. Pure: same answers, same verdict.
import { OID, enterpriseOf, stripDot } from './oids.js';
import {
  ENTERPRISE_VENDORS, FIELD_RULES, GENERIC_ENTERPRISES, TYPE_RULES, VENDOR_RULES,
  type Condition, type DeviceType,
} from './rules.js';

export interface Facts {
  /** OID (no leading dot) -> decoded value; also synthetic keys `entity.model|serial|firmware` */
  values: Record<string, string>;
  /** mDNS service types the device announced, e.g. `_ipp._tcp` */
  mdnsTypes?: string[];
  /** identity offered by mDNS TXT records, used when SNMP is silent */
  mdns?: { vendor?: string; model?: string; serial?: string };
}

export interface Verdict {
  type: DeviceType;
  vendor?: string;
  model?: string;
  serial?: string;
  firmware?: string;
  rules: string[];
}

export function classify(facts: Facts): Verdict {
  const rules: string[] = [];
  const v = facts.values;
  const sysDescr = v[OID.sysDescr] ?? '';
  const sysObjectID = stripDot(v[OID.sysObjectID] ?? '');

  const fields: Partial<Record<'model' | 'serial' | 'firmware', string>> = {};
  for (const rule of FIELD_RULES) {
    if (fields[rule.field] !== undefined || !matches(rule, facts, fields.model, true)) continue;
    let value: string | undefined;
    if (rule.from !== undefined) value = v[rule.from];
    if (rule.fromSysDescr) {
      const m = rule.fromSysDescr.exec(sysDescr);
      value = m ? (m.slice(1).find((g) => g !== undefined) ?? undefined) : undefined;
    } else if (value !== undefined && rule.extract) {
      const m = rule.extract.exec(value);
      value = m?.[1] ?? value;
    }
    value = clean(value);
    if (value) {
      fields[rule.field] = value;
      rules.push(rule.id);
    }
  }
  for (const f of ['model', 'serial'] as const) {
    const fromMdns = clean(facts.mdns?.[f]);
    if (!fields[f] && fromMdns) {
      fields[f] = fromMdns;
      rules.push(`${f}.mdns-txt`);
    }
  }

  let vendor: string | undefined;
  const enterprise = enterpriseOf(sysObjectID);
  if (enterprise !== null && !GENERIC_ENTERPRISES.has(enterprise) && ENTERPRISE_VENDORS[enterprise]) {
    vendor = ENTERPRISE_VENDORS[enterprise];
    rules.push(`vendor.enterprise-${enterprise}`);
  } else {
    for (const rule of VENDOR_RULES) {
      if (!matches(rule, facts, fields.model)) continue;
      vendor = rule.vendor || clean(v[OID.upsIdentManufacturer]);
      if (vendor) {
        rules.push(rule.id);
        break;
      }
    }
    const fromMdns = clean(facts.mdns?.vendor);
    if (!vendor && fromMdns) {
      vendor = fromMdns;
      rules.push('vendor.mdns-txt');
    }
  }

  let type: DeviceType = 'other';
  const typeRule = TYPE_RULES.find((r) => matches(r, facts, fields.model));
  if (typeRule) {
    type = typeRule.type;
    rules.push(typeRule.id);
  }
  return { type, ...definedOnly({ vendor, ...fields }), rules };
}

function matches(c: Condition, facts: Facts, model: string | undefined, emptyMatches = false): boolean {
  const v = facts.values;
  let any = false;
  if (c.sysObjectIdPrefix !== undefined) {
    any = true;
    const id = stripDot(v[OID.sysObjectID] ?? '');
    if (!(id === c.sysObjectIdPrefix || id.startsWith(c.sysObjectIdPrefix + '.'))) return false;
  }
  if (c.sysDescr) {
    any = true;
    if (!c.sysDescr.test(v[OID.sysDescr] ?? '')) return false;
  }
  if (c.oidPresent !== undefined) {
    any = true;
    const p = c.oidPresent;
    if (!Object.keys(v).some((k) => k === p || k.startsWith(p + '.'))) return false;
  }
  if (c.oidValue) {
    any = true;
    const { oid, pattern } = c.oidValue;
    const hit = Object.entries(v).some(([k, val]) => (k === oid || k.startsWith(oid + '.')) && pattern.test(val));
    if (!hit) return false;
  }
  if (c.model) {
    any = true;
    if (!model || !c.model.test(model)) return false;
  }
  if (c.mdnsType !== undefined) {
    any = true;
    if (!(facts.mdnsTypes ?? []).includes(c.mdnsType)) return false;
  }
  return any || emptyMatches;
}

/** Drops placeholder answers devices give for "unknown" so they never become a serial or a model. */
function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  if (!t || /^(unknown|n\/?a|none|null|-+|0x)$/i.test(t) || t.startsWith('0x')) return undefined;
  return t;
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined && x !== '')) as Partial<T>;
}
