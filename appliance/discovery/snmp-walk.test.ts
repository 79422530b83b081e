// Table walks and the sweep's fallbacks against real agents on loopback: net-snmp's Agent serving a
// generated recording, and the same agent behind a "picky" front that refuses a GETNEXT of several
// varbinds and any GET of more than 16, as some old embedded agents do.
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import snmp from 'snmp-native';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { OID } from './oids.js';
import { SnmpSession } from './snmp-session.js';
import { sweepSnmp } from './snmp-sweep.js';
import { walk, walkColumns } from './snmp-walk.js';
import { serveSnmprec, type RunningAgent } from './test-utils/snmprec-agent.js';
import { oidToString } from './values.js';

const IF_ROWS = 100;
const mac = (i: number) => `0200000000${i.toString(16).padStart(2, '0')}`;
const RECORDING = [
  `${OID.sysDescr}|4|Picky Switch 48`,
  `${OID.sysObjectID}|6|1.3.6.1.4.1.207.1.4.1`,
  ...Array.from({ length: IF_ROWS }, (_, i) => `${OID.ifPhysAddress}.${i + 1}|4x|${mac(i + 1)}`),
  `${OID.entPhysicalClass}.1|2|3`,
  `${OID.entPhysicalClass}.2|2|9`,
  `${OID.entPhysicalModelName}.1|4|AT-x510-52GTX`,
  `${OID.entPhysicalSerialNum}.1|4|A04F123456`,
].join('\n');

let dir: string;
let agent: RunningAgent;
let picky: Socket;
const refused = { multiGetNext: 0, tooBig: 0 };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mamori-walk-'));
  writeFileSync(join(dir, 'switch.snmprec'), RECORDING);
  agent = await serveSnmprec(join(dir, 'switch.snmprec'));
  picky = await pickyFront(agent.port);
});

afterAll(async () => {
  picky.close();
  await agent.close();
  rmSync(dir, { recursive: true, force: true });
});

test('walking several columns side by side gives the rows of one walk per column, capped per column', async () => {
  const session = new SnmpSession(1000);
  const ep = { host: '127.0.0.1', port: agent.port, community: 'public' };
  try {
    const columns = [
      { oid: OID.ifPhysAddress, maxRows: 64 },
      { oid: OID.entPhysicalClass, maxRows: 32 },
      { oid: OID.hrDeviceDescr, maxRows: 32 }, // absent: its share of each reply is whatever follows
    ];
    const bulk = await walkColumns(session, ep, columns);
    const oneByOne = await Promise.all(columns.map((c) => walk(session, ep, c.oid, c.maxRows)));
    expect(bulk.map((rows) => rows.map((vb) => oidToString(vb.oid)))).toEqual(oneByOne.map((rows) => rows.map((vb) => oidToString(vb.oid))));
    expect(bulk.map((rows) => rows.length)).toEqual([64, 2, 0]);
    expect(bulk[0]![63]!.valueRaw!.toString('hex')).toBe(mac(64));
  } finally {
    session.close();
  }
});

test('an agent that refuses multi-varbind GETNEXT and large GETs is still read in full', async () => {
  const sweep = (port: number) => sweepSnmp([{ host: '127.0.0.1', port }], { communities: ['public'], timeoutMs: 1000 });
  const [direct, viaPicky] = await Promise.all([sweep(agent.port), sweep(picky.address().port)]);
  expect(direct.hosts).toHaveLength(1);
  expect(viaPicky.hosts).toHaveLength(1);
  expect(refused.multiGetNext).toBeGreaterThan(0);
  expect(refused.tooBig).toBeGreaterThan(0);
  const [d, p] = [direct.hosts[0]!, viaPicky.hosts[0]!];
  expect(p.values).toEqual(d.values);
  expect(p.macs).toEqual(d.macs);
  expect(d.macs).toHaveLength(64);
  expect(d.values['entity.serial']).toBe('A04F123456');
  expect(d.values[OID.sysDescr]).toBe('Picky Switch 48');
});

/** A UDP front for the agent: a GETNEXT of several varbinds gets genErr, a GET of more than 16 tooBig, the rest is relayed. */
async function pickyFront(agentPort: number): Promise<Socket> {
  const front = createSocket('udp4');
  await new Promise<void>((r) => front.bind(0, '127.0.0.1', () => r()));
  front.on('message', (msg, client) => {
    const req = snmp.parse(msg);
    const refuse = req.pdu.type === 1 && req.pdu.varbinds.length > 1 ? 5 : req.pdu.varbinds.length > 16 ? 1 : 0;
    if (refuse) {
      if (refuse === 5) refused.multiGetNext++;
      else refused.tooBig++;
      const res = new snmp.Packet();
      res.community = req.community;
      res.version = req.version;
      res.pdu = { ...req.pdu, type: 2, error: refuse, errorIndex: 0, varbinds: req.pdu.varbinds.map((vb) => ({ oid: vb.oid, type: 5, value: null })) };
      front.send(snmp.encode(res), client.port, client.address);
      return;
    }
    const relay = createSocket('udp4');
    relay.on('message', (reply) => {
      front.send(reply, client.port, client.address);
      relay.close();
    });
    relay.send(msg, agentPort, '127.0.0.1');
  });
  return front;
}
