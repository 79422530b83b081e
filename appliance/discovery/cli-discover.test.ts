// The real `discover` command against a recorded Sharp MFP on loopback.
import { Command } from 'commander';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { registerDiscover } from '../cli/commands/discover.js';
import { serveSnmprec, type RunningAgent } from './test-utils/snmprec-agent.js';

let agent: RunningAgent;
beforeAll(async () => { agent = await serveSnmprec(new URL('./fixtures/snmprec/sharp-mx3570n.snmprec', import.meta.url).pathname); });
afterAll(() => agent.close());

async function run(args: string[]): Promise<string> {
  const program = new Command('mamori').exitOverride();
  registerDiscover(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  try { await program.parseAsync(['node', 'mamori', 'discover', ...args]); } finally { spy.mockRestore(); }
  return out;
}

test('--json prints one array of devices with identity and evidence', async () => {
  const devices = JSON.parse(await run(['--snmp', `127.0.0.1:${agent.port}`, '--community', 'public', '--timeout', '500', '--json']));
  expect(devices).toHaveLength(1);
  expect(devices[0]).toMatchObject({ type: 'mfp', vendor: 'Sharp', model: 'MX-3570N', serial: '6509415X00', ips: ['127.0.0.1'], macs: ['24:31:84:c8:46:6a'], sources: ['snmp'] });
  expect(devices[0].evidence.rules).toContain('serial.printer-mib');
  expect(devices[0].evidence.snmp['1.3.6.1.2.1.1.1.0']).toBe('SHARP MX-3570N');
});

test('table output names the device', async () => {
  const out = await run(['--snmp', `127.0.0.1:${agent.port}`, '--timeout', '500']);
  expect(out.split('\n')[0]).toMatch(/^TYPE\s+VENDOR\s+MODEL\s+SERIAL/);
  expect(out).toMatch(/mfp\s+Sharp\s+MX-3570N\s+6509415X00\s+127\.0\.0\.1/);
});

test('bad CIDR is one clear error before anything is sent', async () => {
  await expect(run(['--snmp', '10.1.2.0/40'])).rejects.toThrow(/prefix length must be 0-32/);
});
