// Turns an asset's overview, inventory sections, flags and events into display lines.
import type { AssetView as Asset, EventRecord, InventorySection } from '../../appliance/control/contract/index.js';
import type { I18n } from '../i18n/i18n.js';
import { fitToWidth } from '../text/display-width.js';

export function overviewLines(a: Asset, i18n: I18n): string[] {
  const { t } = i18n;
  const row = (label: string, value: string | undefined) => `${fitToWidth(label, 16)} ${value || t('common.unknown')}`;
  return [
    row(t('col.name'), a.name),
    row(t('col.type'), a.kind === 'pc' ? t('kind.pc') : a.type),
    row(t('field.hostname'), a.hostname),
    row(t('field.ips'), a.ips.join(', ')),
    row(t('field.macs'), a.macs.join(', ')),
    row(t('col.os'), a.os),
    row(t('col.vendor'), a.vendor),
    row(t('col.model'), a.model),
    row(t('field.serial'), a.serial),
    row(t('field.firstSeen'), i18n.date(a.firstSeen, 'long')),
    row(t('field.lastSeen'), i18n.date(a.lastSeen, 'long')),
    row(t('field.agent'), a.agentId ? `${a.agentId} ${a.connected ? t('status.online') : t('status.offline')}` : undefined),
    ...Object.entries(a.posture ?? {}).map(([k, v]) => row(k, scalar(v))),
  ];
}

export function flagLines(a: Asset, i18n: I18n): string[] {
  if (a.flags.length === 0) return [i18n.t('common.none')];
  return a.flags.map((f) => `⚠ ${f.code} ${f.message} (${i18n.date(f.since)})${f.other ? ` ↔ ${f.other}` : ''}`);
}

export function eventLines(events: readonly EventRecord[], i18n: I18n): string[] {
  if (events.length === 0) return [i18n.t('events.empty')];
  return events.map((e) => `${fitToWidth(i18n.date(e.ts), 11)} ${fitToWidth(e.kind, 24)} ${summarizeData(e.data)}`);
}

/** A list section (software, disks, …) becomes one aligned line per item; an object becomes key: value lines. */
export function sectionLines(section: InventorySection, width: number): string[] {
  const items = listOf(section.data);
  if (items) {
    const nameW = Math.max(12, Math.floor((width - 4) / 2));
    return items.map((item) => {
      if (!item || typeof item !== 'object') return scalar(item);
      const o = item as Record<string, unknown>;
      if (typeof o.name === 'string') {
        const rest = Object.entries(o).filter(([k]) => k !== 'name').map(([, v]) => scalar(v));
        return `${fitToWidth(o.name, nameW)} ${rest.join('  ')}`;
      }
      return summarizeData(o);
    });
  }
  return flatten(section.data, '');
}

function listOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const arrays = Object.values(data).filter(Array.isArray);
    if (arrays.length === 1 && Object.keys(data).length === 1) return arrays[0] as unknown[];
  }
  return null;
}

function flatten(v: unknown, prefix: string): string[] {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v).flatMap(([k, x]) => flatten(x, prefix ? `${prefix}.${k}` : k));
  }
  return [`${prefix}: ${scalar(v)}`];
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function summarizeData(data: unknown): string {
  if (data === null || data === undefined) return '';
  if (typeof data !== 'object') return String(data);
  return Object.entries(data)
    .map(([k, v]) => `${k}=${scalar(v)}`)
    .join(' ');
}
