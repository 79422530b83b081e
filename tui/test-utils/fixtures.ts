// Sample box state for screen tests: a few PCs with Japanese names, devices, events, alerts, agents.
import { MemorySource, type MemoryState } from '../data/memory-source.js';
import { SettingsSchema, type AssetView as Asset, type EventRecord, type Posture } from '../../appliance/control/contract/index.js';

const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

export function asset(partial: Partial<Asset> & Pick<Asset, 'assetId' | 'name'>): Asset {
  return { kind: 'pc', macs: [], ips: [], firstSeen: iso(10_000), lastSeen: iso(5), flags: [], ...partial };
}

/** A posture with everything unknown but what is given. */
export function posture(known: Partial<Posture> = {}): Posture {
  return {
    avEnabled: null, avUpToDate: null, patchesMissing: null, securityPatchesMissing: null, rebootRequired: null,
    osSupported: 'unknown', firewallEnabled: null, diskEncrypted: null, localAdmins: null, myNumberFiles: 0, ...known,
  };
}

export function event(seq: number, partial: Partial<EventRecord> = {}): EventRecord {
  return { seq, ts: iso(10_000 - seq), src: 'a-1', kind: 'inventory.changed', data: { n: seq }, h: `h${seq}`, ...partial };
}

export function sampleState(): MemoryState {
  return {
    status: {
      version: '0.1.0', protocol: 1, pid: 1, dataDir: '/tmp/x', startedAt: iso(60),
      listen: { host: '0.0.0.0', port: 8443 }, serverUrls: ['wss://198.51.100.2:8443'],
      fingerprint: 'SHA256:AB:CD:EF', agentsConnected: 1, journal: { lastSeq: 3 }, user: 'admin',
    },
    assets: [
      asset({ assetId: 'a-1', name: '経理部のパソコン', hostname: 'keiri-pc', ips: ['198.51.100.10'], macs: ['aa:bb:cc:00:00:01'], vendor: 'NEC', os: 'Windows 11', connected: true, agentId: 'ag-1', posture: posture({ avEnabled: false, myNumberFiles: 2 }) }),
      asset({ assetId: 'a-2', name: 'reception-pc', ips: ['198.51.100.11'], vendor: 'Dell', os: 'Windows 10', connected: false, agentId: 'ag-2', posture: posture({ osSupported: 'unsupported' }) }),
      asset({ assetId: 'd-1', name: '複合機 2F', kind: 'device', type: 'printer', ips: ['198.51.100.50'], vendor: 'キヤノン', model: 'iR-ADV C3720', serial: 'XYZ123', macs: ['aa:bb:cc:00:00:50'] }),
      asset({ assetId: 'd-2', name: 'core-switch', kind: 'device', type: 'switch', ips: ['198.51.100.1'], vendor: 'YAMAHA', model: 'SWX2310', flags: [{ code: 'IDENTITY_COLLISION', message: 'same serial as d-9', since: iso(30) }] }),
    ],
    inventories: {
      'a-1': {
        assetId: 'a-1',
        updatedAt: iso(60),
        sections: {
          hardware: { hash: 'h1', updatedAt: iso(60), data: { cpu: 'Core i5', memoryGb: 16 } },
          software: {
            hash: 'h2', updatedAt: iso(60),
            data: [
              { name: 'Microsoft Office', version: '16.0', publisher: 'Microsoft' },
              { name: '弥生会計', version: '24', publisher: '弥生' },
              { name: '7-Zip', version: '23.01', publisher: 'Igor Pavlov' },
            ],
          },
        },
      },
    },
    events: [
      event(1, { kind: 'agent.enrolled', src: 'a-1' }),
      event(2, { kind: 'inventory.changed', src: 'a-2' }),
      event(3, { kind: 'discovery.found', src: 'd-1' }),
    ],
    alerts: [
      { id: 'al-1', at: iso(20), kind: 'device.unknown', assetId: 'd-2', message: '未登録の機器を検出しました' },
      { id: 'al-2', at: iso(40), kind: 'av.off', assetId: 'a-1', message: 'Antivirus is off' },
    ],
    agents: [
      { agentId: 'ag-1', assetId: 'a-1', enrolledAt: iso(9000), tokenId: 't-1', connected: true, hostname: 'keiri-pc' },
      { agentId: 'ag-2', assetId: 'a-2', enrolledAt: iso(8000), tokenId: 't-1', connected: false, hostname: 'reception-pc' },
    ],
    settings: SettingsSchema.parse({ discovery: { interfaces: ['eth0'], missingAfterMinutes: 1440 }, scan: { paths: ['C:\\Users'] } }),
  };
}

export function sampleSource(): MemorySource {
  return new MemorySource(sampleState());
}
