// Key and certificate making for the box's own CA, with @peculiar/x509 on Node's WebCrypto.
// ECDSA P-256 throughout: small, fast on a Pi, and accepted by every TLS stack the agents use.
import { createPublicKey, randomBytes, webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import './reflect-metadata.js'; // must run before @peculiar/x509 loads tsyringe
import * as x509 from '@peculiar/x509';

// Node's WebCrypto is the provider; @peculiar/x509 types it with the DOM's Crypto, which we don't load.
// The only door to @peculiar/x509, so the polyfill above always loads first.
export { X509Certificate } from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type CryptoKey = webcrypto.CryptoKey;

const subtle = webcrypto.subtle;
const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface KeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export interface SanNames {
  dns: string[];
  ips: string[];
}

export async function generateKeyPair(): Promise<KeyPair> {
  return (await subtle.generateKey(EC, true, ['sign', 'verify'])) as KeyPair;
}

export async function privateKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

/** DER SubjectPublicKeyInfo of the public half of a PKCS#8 PEM private key. */
export function spkiDerOfPrivateKeyPem(pem: string): Uint8Array {
  return new Uint8Array(createPublicKey(pem).export({ type: 'spki', format: 'der' }));
}

/** Import a PKCS#8 PEM P-256 key; WebCrypto cannot derive the public half, so node:crypto does. */
export async function importKeyPairPem(pem: string): Promise<KeyPair> {
  const privateKey = await subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(pem), EC, true, ['sign']);
  const publicKey = await subtle.importKey('spki', spkiDerOfPrivateKeyPem(pem), EC, true, ['verify']);
  return { privateKey, publicKey };
}

// A positive 128-bit serial: the top bit clear so DER does not read it as negative.
function serialNumber(): string {
  const b = randomBytes(16);
  b[0] = (b[0]! & 0x7f) | 0x10;
  return b.toString('hex');
}

// A day of slack: a box without a real-time clock may boot a little behind its agents.
function validity(now: Date, years: number): { notBefore: Date; notAfter: Date } {
  const notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + years);
  return { notBefore, notAfter };
}

export async function createCaCert(keys: KeyPair, commonName: string, now: Date): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: [{ CN: [commonName] }],
    ...validity(now, 20),
    signingAlgorithm: SIGN,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
}

export async function issueServerCert(
  ca: { cert: x509.X509Certificate; privateKey: CryptoKey },
  serverPublicKey: CryptoKey,
  names: SanNames,
  now: Date,
): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: [{ CN: [names.dns[0] ?? 'mamori'] }],
    issuer: ca.cert.subjectName,
    ...validity(now, 10),
    signingAlgorithm: SIGN,
    signingKey: ca.privateKey,
    publicKey: serverPublicKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...names.dns.map((value) => ({ type: 'dns' as const, value })),
        ...names.ips.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(serverPublicKey),
    ],
  });
}

/** The SANs a certificate carries, canonicalised like sanNames() does. */
export function sanNamesOf(cert: x509.X509Certificate): SanNames {
  const ext = cert.getExtension(x509.SubjectAlternativeNameExtension);
  const out: SanNames = { dns: [], ips: [] };
  for (const item of ext?.names.items ?? []) {
    if (item.type === 'dns') out.dns.push(canonicalDns(item.value));
    else if (item.type === 'ip') out.ips.push(canonicalIp(item.value));
  }
  return out;
}

export function canonicalDns(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** One spelling per address (`::1`, not `0:0:…:1`), so SAN sets compare by value. Null if not an IP. */
export function canonicalIpOrNull(ip: string): string | null {
  const bare = ip.trim().replace(/%.*$/, ''); // a zone id (fe80::1%eth0) cannot go in a certificate
  const v = isIP(bare);
  if (v === 4) return bare;
  if (v === 6) return new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  return null;
}

function canonicalIp(ip: string): string {
  return canonicalIpOrNull(ip) ?? ip;
}
