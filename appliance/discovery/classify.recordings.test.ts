// Real devices (LibreNMS snmpsim recordings, see fixtures/README.md) served by net-snmp's Agent on
// loopback, read by discovery's real SNMP sweep, then classified by the rule table.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classify } from './classify.js';
import { sweepSnmp, type SnmpHost } from './snmp-sweep.js';
import { serveSnmprec, type RunningAgent } from './test-utils/snmprec-agent.js';

interface Expected { file: string; type: string; vendor?: string; model?: string; serial?: string; firmware?: string; macs?: string[] }

const DEVICES: Expected[] = [
  { file: 'ricoh-mp3053', type: 'mfp', vendor: 'Ricoh', model: 'MP 3053', firmware: '1.09' },
  { file: 'kyocera-fs1028mfp', type: 'mfp', vendor: 'Kyocera', model: 'FS-1028MFP', serial: 'QUV9600664', firmware: '2H9_2F00.002.002' },
  { file: 'brother-mfc-l2710dw', type: 'mfp', vendor: 'Brother', model: 'MFC-L2710DW', serial: '000A5J431816', macs: ['3c:2a:f4:bf:f5:1b', 'c0:b5:d7:e7:38:4b', 'c2:b5:d7:e7:b8:4b'] },
  { file: 'epson-wf-c5790', type: 'printer', vendor: 'Epson', model: 'WF-C5790BA', serial: 'X3B8022793', macs: ['9c:ae:d3:aa:d6:c5'] },
  { file: 'sharp-mx3570n', type: 'mfp', vendor: 'Sharp', model: 'MX-3570N', serial: '6509415X00', macs: ['24:31:84:c8:46:6a'] },
  { file: 'xerox-altalink-c8045', type: 'printer', vendor: 'Xerox', model: 'AltaLink C8045' },
  { file: 'konica-minolta', type: 'printer', vendor: 'Konica Minolta', model: 'Something' },
  { file: 'hp-jetdirect', type: 'printer', vendor: 'HP' },
  { file: 'synology-dsm', type: 'nas', vendor: 'Synology' },
  { file: 'qnap', type: 'nas', vendor: 'QNAP', macs: ['00:08:9b:f1:46:23', '00:08:9b:f1:46:26', '00:08:9b:f1:46:25', '00:08:9b:f1:46:24'] },
  { file: 'buffalo-terastation', type: 'nas', vendor: 'Buffalo', model: 'TeraStation TS5400R', firmware: '3.00' },
  { file: 'fortigate', type: 'firewall', vendor: 'Fortinet' },
  { file: 'cisco-ios-c2950', type: 'switch', vendor: 'Cisco', model: 'C2950', firmware: '12.1(22)EA14' },
  { file: 'alliedtelesis-awplus', type: 'switch', vendor: 'Allied Telesis', firmware: '5.4.7-2.1', macs: ['e0:1a:ea:2a:70:e8', '00:00:cd:37:02:ad', 'e0:1a:ea:2a:70:e9'] },
  { file: 'aruba-arubaos', type: 'ap', vendor: 'Aruba', firmware: '6.4.4.4-4.2.3.1' },
  { file: 'apc-nbrk0200', type: 'other', vendor: 'APC', model: 'NBRK0200', serial: 'FFFFFFFFFFFF' },
];

const agents = new Map<string, RunningAgent>();
const hosts = new Map<string, SnmpHost>();

beforeAll(async () => {
  for (const d of DEVICES) agents.set(d.file, await serveSnmprec(new URL(`./fixtures/snmprec/${d.file}.snmprec`, import.meta.url).pathname));
  const byPort = new Map([...agents].map(([file, a]) => [a.port, file]));
  // One sweep over all recordings at once, as the box sweeps a LAN.
  const result = await sweepSnmp([...agents.values()].map((a) => ({ host: '127.0.0.1', port: a.port })), { communities: ['public'], timeoutMs: 1000 });
  for (const h of result.hosts) hosts.set(byPort.get(h.port)!, h);
});

afterAll(async () => {
  for (const a of agents.values()) await a.close();
});

describe('classification of real device recordings', () => {
  test('every recording answered the sweep', () => {
    expect([...hosts.keys()].sort()).toEqual(DEVICES.map((d) => d.file).sort());
  });

  test.each(DEVICES)('$file -> $type $vendor $model', (d) => {
    const h = hosts.get(d.file);
    expect(h, `${d.file} did not answer`).toBeDefined();
    const v = classify({ values: h!.values });
    expect({ type: v.type, vendor: v.vendor, model: v.model, serial: v.serial }).toEqual({ type: d.type, vendor: d.vendor, model: d.model, serial: d.serial });
    if (d.firmware) expect(v.firmware).toBe(d.firmware);
    if (d.macs) expect(h!.macs).toEqual(d.macs);
    expect(v.rules.length).toBeGreaterThan(0);
  });

  test('a hex-encoded sysDescr (Cisco recording) arrives as text', () => {
    expect(hosts.get('cisco-ios-c2950')!.values['1.3.6.1.2.1.1.1.0']).toMatch(/^Cisco Internetwork Operating System Software/);
  });
});
