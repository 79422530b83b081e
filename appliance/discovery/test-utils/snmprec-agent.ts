// Serves .snmprec recordings (lines `OID|TAG|VALUE`) with the net-snmp package's Agent on 127.0.0.1,
// so tests drive discovery's real SNMP client against real recorded devices.
import { readFileSync } from 'node:fs';
// @ts-expect-error net-snmp ships no types
import netSnmp from 'net-snmp';

export interface RecEntry { oid: string; tag: string; value: string }

export function parseSnmprec(text: string): RecEntry[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [oid = '', tag = '', ...rest] = l.split('|');
      return { oid: oid.replace(/^\./, ''), tag, value: rest.join('|') };
    });
}

function toAgentValue(e: RecEntry): { type: number; value: unknown } | null {
  const hex = e.tag.endsWith('x');
  const tag = Number(hex ? e.tag.slice(0, -1) : e.tag);
  const bytes = () => Buffer.from(e.value, hex ? 'hex' : 'utf8');
  switch (tag) {
    case 2: return { type: 2, value: Number(e.value) };
    case 4: return { type: 4, value: bytes() };
    case 5: return { type: 5, value: null };
    case 6: return { type: 6, value: e.value.replace(/^\./, '') };
    case 64: return { type: 64, value: hex ? [...bytes()].join('.') : e.value };
    case 65: case 66: case 67: return { type: tag, value: Number(e.value) };
    case 70: {
      const b = Buffer.alloc(8);
      b.writeBigUInt64BE(BigInt(e.value));
      return { type: 70, value: b };
    }
    default: return null;
  }
}

export interface RunningAgent { port: number; close(): Promise<void> }

/** Starts one agent for one recording; resolves once it listens on a random loopback port. */
export async function serveSnmprec(file: string, community = 'public'): Promise<RunningAgent> {
  const entries = parseSnmprec(readFileSync(file, 'utf8'));
  const port = await freeUdpPort();
  const agent = netSnmp.createAgent({ port, address: '127.0.0.1', disableAuthorization: true }, () => {});
  agent.getAuthorizer().addCommunity(community);
  const mib = agent.getMib();
  const provider = { name: 'recording', type: netSnmp.MibProviderType.Scalar, oid: '1', scalarType: 5, maxAccess: netSnmp.MaxAccess['read-only'] };
  mib.registerProvider(provider);
  mib.addProviderToNode(provider);
  for (const e of entries) {
    const v = toAgentValue(e);
    if (!v) continue;
    const node = mib.addNodesForOid(e.oid);
    node.valueType = v.type;
    node.value = v.value;
  }
  return {
    port,
    close: () => new Promise((resolve) => agent.close(() => resolve())),
  };
}

async function freeUdpPort(): Promise<number> {
  const { createSocket } = await import('node:dgram');
  const s = createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  const { port } = s.address();
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
