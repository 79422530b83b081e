import { describe, expect, it } from 'vitest';
import { machine } from '../windows/test-utils/fixtures.js';
import { windowsOs } from '../windows/os-facts.js';
import { evaluateSupport } from './evaluate.js';
import { macosSupportFacts, windowsSupportFacts } from './facts.js';
import { bundledTable } from './load-table.js';

const table = bundledTable();
const at = (iso: string): Date => new Date(`${iso}T09:00:00Z`);
const win = (edition: string, build: number, productName = 'Windows 10 Enterprise') =>
  windowsSupportFacts({ productName, edition, build, server: false });

describe('evaluateSupport with the bundled table', () => {
  it('Japanese Windows 11 Pro 23H2 (ProductName says Windows 10): supported, ending, unsupported by date', () => {
    const m = machine('win11-pro-23h2-ja');
    const facts = windowsSupportFacts(windowsOs(m.base.cv, m.base.os));
    expect(facts).toEqual({ family: 'windows', display: 'Windows 11 Pro 23H2 (22631.4460)', build: 22631, edition: 'Professional' });
    expect(evaluateSupport(table, facts, at('2025-06-01'))).toMatchObject({ status: 'supported', entry: { product: 'Windows 11 Home/Pro 23H2', endOfSupport: '2025-11-11' } });
    expect(evaluateSupport(table, facts, at('2025-09-01'))).toMatchObject({ status: 'ending', daysLeft: 71 });
    expect(evaluateSupport(table, facts, at('2025-11-12'))).toMatchObject({ status: 'unsupported', daysLeft: -1 });
  });

  it('Windows 10 22H2 ended 2025-10-14; the last day still counts as ending', () => {
    const m = machine('win10-pro-22h2');
    const facts = windowsSupportFacts(windowsOs(m.base.cv, m.base.os));
    expect(evaluateSupport(table, facts, at('2025-10-14'))).toMatchObject({ status: 'ending', daysLeft: 0, entry: { endOfSupport: '2025-10-14' } });
    expect(evaluateSupport(table, facts, at('2025-10-15')).status).toBe('unsupported');
  });

  it('LTSC runs longer than the same build in the general channel', () => {
    const now = at('2026-01-15');
    expect(evaluateSupport(table, win('EnterpriseS', 17763), now)).toMatchObject({ status: 'supported', entry: { product: 'Windows 10 Enterprise LTSC 2019', endOfSupport: '2029-01-09' } });
    expect(evaluateSupport(table, win('EnterpriseS', 19044), now)).toMatchObject({ status: 'supported', entry: { endOfSupport: '2027-01-12' } });
    expect(evaluateSupport(table, win('IoTEnterpriseS', 19044), now).entry?.endOfSupport).toBe('2032-01-13');
    expect(evaluateSupport(table, win('Enterprise', 19044), now)).toMatchObject({ status: 'unsupported', entry: { endOfSupport: '2024-06-11' } });
  });

  it('Windows 11 editions: Enterprise 23H2 gets a year more than Pro; an unknown edition gets the shorter date', () => {
    expect(evaluateSupport(table, win('Enterprise', 22631), at('2026-01-01')).entry?.endOfSupport).toBe('2026-11-10');
    expect(evaluateSupport(table, win('Professional', 26100), at('2026-01-01')).entry?.endOfSupport).toBe('2026-10-13');
    expect(evaluateSupport(table, win('SomethingNew', 26200), at('2026-01-01')).entry?.endOfSupport).toBe('2027-10-12');
  });

  it('Windows Server by build', () => {
    const m = machine('server2022');
    const facts = windowsSupportFacts(windowsOs(m.base.cv, m.base.os));
    expect(facts.family).toBe('windows-server');
    expect(evaluateSupport(table, facts, at('2026-01-01'))).toMatchObject({ status: 'supported', entry: { product: 'Windows Server 2022', endOfSupport: '2031-10-14' } });
    const s2016 = { family: 'windows-server' as const, display: 'x', build: 14393 };
    expect(evaluateSupport(table, s2016, at('2026-11-01'))).toMatchObject({ status: 'ending', entry: { endOfSupport: '2027-01-12' } });
  });

  it('macOS by major version, marked as an estimate; an unknown build is unknown', () => {
    expect(evaluateSupport(table, macosSupportFacts('14.7.1'), at('2026-01-01'))).toMatchObject({ status: 'supported', entry: { product: 'macOS 14 Sonoma', estimated: true } });
    expect(evaluateSupport(table, macosSupportFacts('11.7.10'), at('2026-01-01')).status).toBe('unknown');
    expect(evaluateSupport(table, win('Professional', 99999), at('2026-01-01')).status).toBe('unknown');
  });
});
