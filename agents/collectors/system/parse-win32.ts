// Windows `system` section from the base snapshot.
import { asRecord, str } from '../json-values.js';
import { buildString, windowsOs } from '../windows/os-facts.js';
import type { SystemSection } from './schema.js';

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseSystemWin32(base: Record<string, unknown>): SystemSection {
  const cs = asRecord(base.cs);
  const osRaw = asRecord(base.os);
  const os = windowsOs(base.cv, base.os);
  const hostname = str(cs.DNSHostName) ?? str(cs.Name) ?? 'unknown';
  const build = buildString(os);
  const section: SystemSection = {
    hostname,
    os: {
      id: 'windows',
      name: os.productName,
      prettyName: [os.productName, os.displayVersion, build === undefined ? undefined : `(${build})`].filter(Boolean).join(' '),
    },
  };
  if (os.displayVersion !== undefined) section.os.version = os.displayVersion;
  const version = str(osRaw.Version);
  if (version !== undefined) section.os.versionId = os.ubr === undefined ? version : `${version}.${os.ubr}`;
  if (version !== undefined) section.kernel = version;
  const arch = archName(str(osRaw.OSArchitecture));
  if (arch !== undefined) section.arch = arch;
  const guid = str(base.machineGuid)?.toLowerCase();
  if (guid !== undefined && GUID_RE.test(guid)) section.machineId = guid;
  return section;
}

// OSArchitecture is localised ("64 ビット" on Japanese Windows) and names ARM as "ARM 64-bit Processor".
function archName(a: string | undefined): string | undefined {
  if (a === undefined) return undefined;
  if (/arm/i.test(a)) return 'aarch64';
  if (/64/.test(a)) return 'x86_64';
  if (/32/.test(a)) return 'i686';
  return undefined;
}
