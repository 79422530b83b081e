import { describe, expect, it } from 'vitest';
import { summarizeInventory } from './inventory-summary.js';

describe('summarizeInventory', () => {
  it('takes names, OS, hardware and physical MACs/IPs from agent sections', () => {
    const s = summarizeInventory({
      system: { hostname: 'keiri-pc', os: { id: 'debian', name: 'Debian GNU/Linux', prettyName: 'Debian GNU/Linux 12 (bookworm)' } },
      hardware: { vendor: 'LENOVO', model: 'ThinkPad', serial: 'PF123' },
      network: {
        interfaces: [
          { name: 'eth0', mac: '02:FC:00:00:00:01', physical: true, ipv4: ['10.0.0.5/24'], ipv6: ['fe80::1/64'] },
          { name: 'docker0', mac: '02:42:ac:11:00:01', physical: false, ipv4: ['172.17.0.1/16'], ipv6: [] },
        ],
      },
    });
    expect(s).toMatchObject({ hostname: 'keiri-pc', os: 'Debian GNU/Linux 12 (bookworm)', vendor: 'LENOVO', serial: 'PF123' });
    expect(s.macs).toEqual(['02:fc:00:00:00:01']);
    expect(s.ips).toEqual(['10.0.0.5']);
  });

  it('ignores junk instead of throwing', () => {
    expect(summarizeInventory({ system: 'x', network: { interfaces: [null, 5, { mac: 'nope' }] } })).toMatchObject({ macs: [], ips: [] });
  });
});
