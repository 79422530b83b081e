import { X509Certificate as NodeX509 } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createServer, type Server, type TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../common/log.js';
import { isMamoriError } from '../errors/mamori-error.js';
import { FINGERPRINT_RE, fingerprintOfSpki } from '../../protocol/wire.js';
import { ensureBoxTls, type BoxTls } from './box-tls.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-tls-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const opts = { hostnames: ['mamori-box', 'mamori-box.local'], addresses: ['192.0.2.7', '2001:db8::7'], logger: silentLogger };

function spkiFingerprint(pem: string): string {
  return fingerprintOfSpki(new NodeX509(pem).publicKey.export({ type: 'spki', format: 'der' }));
}

function sans(pem: string): string[] {
  return (new NodeX509(pem).subjectAltName ?? '').split(', ').sort();
}

/** Serve on 127.0.0.1 with the box cert and connect with only the box CA trusted. */
async function handshake(tls: BoxTls, connectOpts: { servername?: string }): Promise<{ authorized: boolean; fingerprint: string }> {
  const server: Server = createServer({ cert: tls.certPem, key: tls.keyPem }, (s) => s.end('hi'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  try {
    const socket: TLSSocket = await new Promise((resolve, reject) => {
      const s = connect({ host: '127.0.0.1', port, ca: tls.caPem, ...connectOpts }, () => resolve(s));
      s.once('error', reject);
    });
    const peer = socket.getPeerX509Certificate();
    socket.destroy();
    return { authorized: socket.authorized, fingerprint: fingerprintOfSpki(peer!.publicKey.export({ type: 'spki', format: 'der' })) };
  } finally {
    await new Promise((r) => server.close(r));
  }
}

describe('ensureBoxTls', () => {
  it('creates a P-256 CA and a server cert with every wanted name, keys mode 0600', async () => {
    const t = await ensureBoxTls(dir, opts);
    expect(t.created).toBe(true);
    expect(t.fingerprint).toMatch(FINGERPRINT_RE);
    expect(t.fingerprint).toBe(spkiFingerprint(t.certPem));

    const ca = new NodeX509(t.caPem);
    expect(ca.subject).toMatch(/^CN=Mamori box CA [0-9a-f]{8}$/);
    expect(ca.ca).toBe(true);
    expect(ca.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const caYears = (Date.parse(ca.validTo) - Date.parse(ca.validFrom)) / (365.25 * 86400_000);
    expect(caYears).toBeGreaterThan(19.9);

    const cert = new NodeX509(t.certPem);
    expect(cert.ca).toBe(false);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.keyUsage).toContain('1.3.6.1.5.5.7.3.1'); // serverAuth EKU
    const years = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / (365.25 * 86400_000);
    expect(years).toBeGreaterThan(9.9);
    expect(years).toBeLessThan(10.1);
    expect(sans(t.certPem)).toEqual(
      ['DNS:localhost', 'DNS:mamori-box', 'DNS:mamori-box.local', 'IP Address:127.0.0.1', 'IP Address:192.0.2.7', 'IP Address:2001:DB8:0:0:0:0:0:7', 'IP Address:0:0:0:0:0:0:0:1'].sort(),
    );

    for (const f of ['ca.key', 'server.key']) {
      expect((await stat(join(dir, f))).mode & 0o777).toBe(0o600);
      expect(await readFile(join(dir, f), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    }
  });

  it('reuses everything on a second call with the same (or fewer) names', async () => {
    const a = await ensureBoxTls(dir, opts);
    const b = await ensureBoxTls(dir, { ...opts, addresses: ['2001:0db8:0000::7'] });
    expect(b.created).toBe(false);
    expect(b).toEqual({ ...a, created: false });
  });

  it('re-issues for a new address with the same key, so the fingerprint stays', async () => {
    const lines: string[] = [];
    const a = await ensureBoxTls(dir, opts);
    const logger = { ...silentLogger, info: (m: string) => void lines.push(m) };
    const b = await ensureBoxTls(dir, { ...opts, addresses: ['198.51.100.9'], logger });
    expect(b.created).toBe(false);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.keyPem).toBe(a.keyPem);
    expect(b.caPem).toBe(a.caPem);
    expect(b.certPem).not.toBe(a.certPem);
    expect(sans(b.certPem)).toContain('IP Address:198.51.100.9');
    expect(sans(b.certPem)).toContain('IP Address:192.0.2.7'); // earlier names are kept
    expect(lines).toContain('box server certificate issued');
    expect((await ensureBoxTls(dir, { ...opts, addresses: ['198.51.100.9'] })).certPem).toBe(b.certPem);
  });

  it('replaces an incomplete CA without changing the server fingerprint', async () => {
    const a = await ensureBoxTls(dir, opts);
    await unlink(join(dir, 'ca.key'));
    const b = await ensureBoxTls(dir, opts);
    expect(b.caPem).not.toBe(a.caPem);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(new NodeX509(b.certPem).verify(new NodeX509(b.caPem).publicKey)).toBe(true);
  });

  it('re-issues a certificate close to expiry', async () => {
    const a = await ensureBoxTls(dir, opts);
    const later = new Date(Date.now() + (10 * 365 - 10) * 86400_000);
    const b = await ensureBoxTls(dir, { ...opts, now: later });
    expect(b.certPem).not.toBe(a.certPem);
    expect(Date.parse(new NodeX509(b.certPem).validTo)).toBeGreaterThan(later.getTime() + 9 * 365 * 86400_000);
  });

  it('refuses a damaged server key rather than silently changing the fingerprint', async () => {
    await ensureBoxTls(dir, opts);
    await writeFile(join(dir, 'server.key'), 'garbage');
    const err: unknown = await ensureBoxTls(dir, opts).catch((e: unknown) => e);
    expect(isMamoriError(err, 'INTERNAL')).toBe(true);
    expect((err as Error).message).toContain(join(dir, 'server.key'));
  });

  it('refuses an address that is not an IP', async () => {
    const err: unknown = await ensureBoxTls(dir, { ...opts, addresses: ['box.local'] }).catch((e: unknown) => e);
    expect(isMamoriError(err, 'BAD_INPUT')).toBe(true);
  });

  it('serves real TLS: the chain validates against the CA, and the peer key has the fingerprint', async () => {
    const t = await ensureBoxTls(dir, opts);
    const byName = await handshake(t, { servername: 'localhost' });
    expect(byName).toEqual({ authorized: true, fingerprint: t.fingerprint });
    const byIp = await handshake(t, {}); // checks the 127.0.0.1 IP SAN
    expect(byIp.authorized).toBe(true);
    await expect(handshake(t, { servername: 'other.example' })).rejects.toThrow(/altnames|Hostname/);
    const stranger = await ensureBoxTls(join(dir, 'other'), opts);
    await expect(handshake({ ...t, caPem: stranger.caPem }, { servername: 'localhost' })).rejects.toThrow(/certificate/);
  });
});
