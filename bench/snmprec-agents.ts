// Serves .snmprec recordings (lines `OID|TAG|VALUE`, snmpsim format) with the net-snmp package's Agent,
// one agent per loopback address (all of 127/8 is loopback on Linux), for the discovery benchmark.
// The tests' one-agent helper is appliance/discovery/test-utils/snmprec-agent.ts; bench code is
// built into dist and may not import test utilities, hence this small twin.
import { readFileSync } from 'node:fs';
// @ts-expect-error net-snmp ships no types
import netSnmp from 'net-snmp';

interface AgentValue { type: number; value: unknown }

export function loadSnmprec(file: string): Array<{ oid: string; v: AgentValue }> {
  const out: Array<{ oid: string; v: AgentValue }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l || l.startsWith('#')) continue;
    const [oid = '', tag = '', ...rest] = l.split('|');
    const v = agentValue(tag, rest.join('|'));
    if (v) out.push({ oid: oid.replace(/^\./, ''), v });
  }
  return out;
}

function agentValue(rawTag: string, value: string): AgentValue | null {
  const hex = rawTag.endsWith('x');
  const tag = Number(hex ? rawTag.slice(0, -1) : rawTag);
  const bytes = () => Buffer.from(value, hex ? 'hex' : 'utf8');
  switch (tag) {
    case 2: return { type: 2, value: Number(value) };
    case 4: return { type: 4, value: bytes() };
    case 5: return { type: 5, value: null };
    case 6: return { type: 6, value: value.replace(/^\./, '') };
    case 64: return { type: 64, value: hex ? [...bytes()].join('.') : value };
    case 65: case 66: case 67: return { type: tag, value: Number(value) };
    case 70: {
      const b = Buffer.alloc(8);
      b.writeBigUInt64BE(BigInt(value));
      return { type: 70, value: b };
    }
    default: return null;
  }
}

export interface Served { close(): Promise<void> }

/** One agent on address:port answering `community` with the recording's values. */
export function serveRecording(address: string, port: number, entries: ReturnType<typeof loadSnmprec>, community = 'public'): Served {
  const agent = netSnmp.createAgent({ port, address, disableAuthorization: true }, () => {});
  agent.getAuthorizer().addCommunity(community);
  const mib = agent.getMib();
  const provider = { name: 'recording', type: netSnmp.MibProviderType.Scalar, oid: '1', scalarType: 5, maxAccess: netSnmp.MaxAccess['read-only'] };
  mib.registerProvider(provider);
  mib.addProviderToNode(provider); // without it every GET is noSuchInstance (LAB.md)
  for (const { oid, v } of entries) {
    const node = mib.addNodesForOid(oid);
    node.valueType = v.type;
    node.value = v.value;
  }
  return { close: () => new Promise<void>((r) => agent.close(() => r())) };
}
