// The box's TLS identity in `<dataDir>/tls/`: its own CA and a server key + cert signed by it.
// Agents pin the fingerprint of the SERVER KEY, so that key is made once and kept: a new address or
// name only re-issues the certificate for the same key, and even a lost CA is replaced without
// breaking any enrolled agent.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes, type webcrypto } from 'node:crypto';
import { fingerprintOfSpki } from '../../protocol/wire.js';
import { MamoriError } from '../errors/mamori-error.js';
import { createLogger, type Logger } from '../../common/log.js';
import { writeFileAtomic } from '../../common/atomic-write.js';
import {
  canonicalDns, canonicalIpOrNull, createCaCert, generateKeyPair, importKeyPairPem, issueServerCert,
  privateKeyPem, sanNamesOf, spkiDerOfPrivateKeyPem, X509Certificate, type SanNames,
} from './certs.js';

export interface BoxTls {
  caPem: string;
  /** The server certificate alone (not the chain). */
  certPem: string;
  keyPem: string;
  /** `SHA256:…` of the server key's SPKI, as agents pin it. */
  fingerprint: string;
  /** True when new key material (CA or server key) was made by this call. */
  created: boolean;
}

export interface EnsureBoxTlsOptions {
  hostnames: string[];
  addresses: string[];
  logger?: Logger;
  now?: Date;
}

type CryptoKey = webcrypto.CryptoKey;

const FILES = { caKey: 'ca.key', caCert: 'ca.crt', key: 'server.key', cert: 'server.crt' } as const;
const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** Requested names plus localhost and loopback, canonical and de-duplicated. */
export function wantedSans(hostnames: string[], addresses: string[]): SanNames {
  const ips = new Set<string>(['127.0.0.1', '::1']);
  for (const a of addresses) {
    const ip = canonicalIpOrNull(a);
    if (ip === null) throw new MamoriError('BAD_INPUT', `${JSON.stringify(a)} is not an IP address`, { address: a });
    ips.add(ip);
  }
  const dns = new Set<string>();
  for (const h of [...hostnames, 'localhost']) {
    const name = canonicalDns(h);
    if (!/^[a-z0-9*]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name)) {
      throw new MamoriError('BAD_INPUT', `${JSON.stringify(h)} is not a valid host name`, { hostname: h });
    }
    dns.add(name);
  }
  return { dns: [...dns], ips: [...ips] };
}

function covers(have: SanNames, want: SanNames): boolean {
  return want.dns.every((d) => have.dns.includes(d)) && want.ips.every((i) => have.ips.includes(i));
}

type FileName = keyof typeof FILES;
interface Ctx {
  dir: string;
  path: (f: FileName) => string;
  log: Logger;
  now: Date;
}

/** Make or reuse the box's CA, server key and certificate; see the file comment for what is kept. */
export async function ensureBoxTls(tlsDir: string, opts: EnsureBoxTlsOptions): Promise<BoxTls> {
  const want = wantedSans(opts.hostnames, opts.addresses);
  await mkdir(tlsDir, { recursive: true, mode: 0o700 });
  const ctx: Ctx = { dir: tlsDir, path: (f) => join(tlsDir, FILES[f]), log: opts.logger ?? createLogger('tls'), now: opts.now ?? new Date() };
  const ca = await loadOrCreateCa(ctx);
  const key = await loadOrCreateServerKey(ctx);
  const fingerprint = fingerprintOfSpki(key.spki);
  const certPem = await ensureServerCert(ctx, ca, key, want, fingerprint);
  return { caPem: ca.pem, certPem, keyPem: key.pem, fingerprint, created: ca.created || key.created };
}

// Half a CA (a crash between its two files, a partial restore) is replaced by a new one: agents pin
// the server key, not the CA, so nothing enrolled breaks.
async function loadOrCreateCa(ctx: Ctx) {
  const keyPem = await readOrNull(ctx.path('caKey'));
  const pem = await readOrNull(ctx.path('caCert'));
  const problem = keyPem === null && pem === null ? 'missing' : await caProblem(keyPem, pem);
  if (problem === null && keyPem !== null && pem !== null) {
    return { pem, cert: new X509Certificate(pem), privateKey: (await importKeyPairPem(keyPem)).privateKey, created: false };
  }
  if (problem !== 'missing') ctx.log.warn('box CA unusable, making a new one', { dir: ctx.dir, reason: problem });
  const keys = await generateKeyPair();
  const name = `Mamori box CA ${randomBytes(4).toString('hex')}`;
  const cert = await createCaCert(keys, name, ctx.now);
  const newPem = cert.toString('pem');
  await writeFileAtomic(ctx.path('caKey'), await privateKeyPem(keys.privateKey), { mode: 0o600 });
  await writeFileAtomic(ctx.path('caCert'), newPem, { mode: 0o644 });
  ctx.log.info('box CA created', { dir: ctx.dir, name });
  return { pem: newPem, cert, privateKey: keys.privateKey, created: true };
}

// The server key is made once; its fingerprint is what agents pin, so a damaged one is never replaced silently.
async function loadOrCreateServerKey(ctx: Ctx) {
  let pem = await readOrNull(ctx.path('key'));
  let created = false;
  if (pem === null) {
    pem = await privateKeyPem((await generateKeyPair()).privateKey);
    await writeFileAtomic(ctx.path('key'), pem, { mode: 0o600 });
    created = true;
    ctx.log.info('box server key created', { dir: ctx.dir });
  }
  try {
    const keys = await importKeyPairPem(pem);
    return { pem, publicKey: keys.publicKey, spki: spkiDerOfPrivateKeyPem(pem), created };
  } catch (cause) {
    const path = ctx.path('key');
    throw new MamoriError('INTERNAL', `${path} is damaged: restore it from a backup, or delete it to make a new key (enrolled agents must then re-enroll)`, { path }, { cause });
  }
}

// Reused while it is for this key, signed by this CA, current, and names everything wanted.
async function ensureServerCert(
  ctx: Ctx,
  ca: { cert: X509Certificate; privateKey: CryptoKey },
  key: { publicKey: CryptoKey; spki: Uint8Array },
  want: SanNames,
  fingerprint: string,
): Promise<string> {
  const pem = await readOrNull(ctx.path('cert'));
  const current = pem === null ? null : parseCertOrNull(pem);
  const reason = current === null ? 'missing' : await whyReissue(current, ca.cert, key.spki, want, ctx.now);
  if (reason === null && pem !== null) return pem;
  // Keep the names an earlier certificate carried: an agent may still reach the box by one of them.
  const prev = current !== null ? sanNamesOf(current) : { dns: [], ips: [] };
  const names = { dns: [...new Set([...want.dns, ...prev.dns])], ips: [...new Set([...want.ips, ...prev.ips])] };
  const newPem = (await issueServerCert(ca, key.publicKey, names, ctx.now)).toString('pem');
  await writeFileAtomic(ctx.path('cert'), newPem, { mode: 0o644 });
  ctx.log.info('box server certificate issued', { dir: ctx.dir, reason, fingerprint, dns: names.dns.join(','), ips: names.ips.join(',') });
  return newPem;
}

function parseCertOrNull(pem: string): X509Certificate | null {
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

/** Why the CA files cannot be used, or null when they can. */
async function caProblem(keyPem: string | null, certPem: string | null): Promise<string | null> {
  if (keyPem === null || certPem === null) return 'incomplete';
  const cert = parseCertOrNull(certPem);
  if (cert === null) return 'unreadable certificate';
  try {
    const spki = spkiDerOfPrivateKeyPem(keyPem);
    return Buffer.from(cert.publicKey.rawData).equals(spki) ? null : 'key and certificate differ';
  } catch {
    return 'unreadable key';
  }
}

async function whyReissue(cert: X509Certificate, ca: X509Certificate, spki: Uint8Array, want: SanNames, now: Date): Promise<string | null> {
  if (!Buffer.from(cert.publicKey.rawData).equals(spki)) return 'key';
  if (!(await cert.verify({ publicKey: ca.publicKey, signatureOnly: true }))) return 'ca';
  if (cert.notAfter.getTime() - now.getTime() < RENEW_BEFORE_MS) return 'expiry';
  if (!covers(sanNamesOf(cert), want)) return 'names';
  return null;
}
