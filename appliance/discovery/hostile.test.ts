// Hostile LAN input: malformed SNMP replies and abusive mDNS records must not crash or bloat discovery.
import { createSocket } from 'node:dgram';
import { expect, test } from 'vitest';
import { LIMITS, MdnsRecords } from './mdns-records.js';
import { sweepSnmp } from './snmp-sweep.js';

test('malformed SNMP replies are counted, never thrown (snmp-native emits them as session errors)', async () => {
  const sock = createSocket('udp4');
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
  const garbage = [Buffer.from([0x30, 0x03, 0x02, 0x01]), Buffer.from('not asn.1 at all'), Buffer.alloc(1400, 0xff), Buffer.from([0x30, 0x82, 0xff, 0xff, 0x02])];
  let i = 0;
  sock.on('message', (_m, rinfo) => sock.send(garbage[i++ % garbage.length]!, rinfo.port, rinfo.address));
  const r = await sweepSnmp([{ host: '127.0.0.1', port: sock.address().port }], { communities: ['public', 'private'], timeoutMs: 300 });
  sock.close();
  expect(r.hosts).toEqual([]);
  expect(r.stats.malformedReplies).toBeGreaterThan(0);
});

const ptr = (name: string, data: string) => ({ name, type: 'PTR', data, ttl: 120 });

test('thousands of services, huge TXT and binary names stay bounded', () => {
  const rec = new MdnsRecords();
  for (let t = 0; t < 1000; t++) rec.ingest({ answers: [ptr('_services._dns-sd._udp.local', `_t${t}._tcp.local`)] });
  expect(rec.types.size).toBe(LIMITS.types);
  const txt = Array.from({ length: 200 }, (_, k) => Buffer.from(`k${k}=${'A'.repeat(3000)}`));
  for (let n = 0; n < 3000; n++) {
    const inst = `dev\u0000\u0007${n}.x._ipp._tcp.local`;
    rec.ingest({
      answers: [ptr('_ipp._tcp.local', inst)],
      additionals: [
        { name: inst, type: 'SRV', data: { target: `h${n % 50}.local`, port: 631 }, ttl: 120 },
        { name: inst, type: 'TXT', data: txt, ttl: 120 },
        { name: `h${n % 50}.local`, type: 'A', data: `10.0.${n % 50}.${n % 250}`, ttl: 120 },
      ],
    });
  }
  const devices = rec.devices();
  const services = devices.flatMap((d) => d.services);
  expect(services.length).toBe(LIMITS.instances);
  expect(rec.dropped).toBeGreaterThan(0);
  for (const s of services.slice(0, 20)) {
    expect(Object.keys(s.txt).length).toBeLessThanOrEqual(LIMITS.txtKeys);
    expect(Math.max(...Object.values(s.txt).map((v) => v.length))).toBeLessThanOrEqual(LIMITS.txtValue);
    expect(s.name).not.toMatch(/[\u0000-\u001f]/);
    expect(s.name).toMatch(/^dev\?\?\d+\.x$/); // dotted instance name kept whole
  }
  for (const d of devices) expect(d.ips.length).toBeLessThanOrEqual(LIMITS.addressesPerHost);
  expect(JSON.stringify(devices).length).toBeLessThan(8 * 1024 * 1024);
});

test('a printer announcing four services is one device with every TXT record and subtypes', () => {
  const rec = new MdnsRecords();
  const types = ['_ipp._tcp', '_printer._tcp', '_pdl-datastream._tcp', '_http._tcp'];
  for (const t of types) rec.ingest({ answers: [ptr('_services._dns-sd._udp.local', `${t}.local`)] });
  for (const t of types) {
    const inst = `Canon iR-ADV C3530 (2F copy room).${t}.local`;
    rec.ingest({
      answers: [ptr(`${t}.local`, inst), ...(t === '_ipp._tcp' ? [ptr('_universal._sub._ipp._tcp.local', inst)] : [])],
      additionals: [
        { name: inst, type: 'SRV', data: { target: 'canon-c3530.local', port: 631 }, ttl: 120 },
        { name: inst, type: 'TXT', data: [Buffer.from('ty=Canon iR-ADV C3530'), Buffer.from('usb_MFG=Canon'), Buffer.from('__proto__=x')], ttl: 120 },
        { name: 'canon-c3530.local', type: 'A', data: '10.77.0.21', ttl: 120 },
      ],
    });
  }
  const [dev, ...rest] = rec.devices();
  expect(rest).toEqual([]);
  expect(dev!.ips).toEqual(['10.77.0.21']);
  expect(dev!.services.map((s) => s.type).sort()).toEqual([...types].sort());
  const ipp = dev!.services.find((s) => s.type === '_ipp._tcp')!;
  expect(ipp.name).toBe('Canon iR-ADV C3530 (2F copy room)');
  expect(ipp.subtypes).toEqual(['_universal']);
  expect(Object.entries(ipp.txt)).toEqual([['ty', 'Canon iR-ADV C3530'], ['usb_mfg', 'Canon'], ['__proto__', 'x']]);
});
