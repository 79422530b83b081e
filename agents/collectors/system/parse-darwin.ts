// macOS `system` section from sw_vers and system_profiler's SPSoftwareDataType.
import { hostname as nodeHostname } from 'node:os';
import type { DarwinBase } from '../macos/snapshot.js';
import { parseSwVers, profileItems } from '../macos/snapshot.js';
import { str } from '../json-values.js';
import type { SystemSection } from './schema.js';

const NAMES: Record<string, string> = { '13': 'Ventura', '14': 'Sonoma', '15': 'Sequoia', '26': 'Tahoe' };

export function parseSystemDarwin(base: DarwinBase, fallbackHostname: string = nodeHostname()): SystemSection {
  const sw = parseSwVers(base.swVers ?? '');
  const soft = profileItems(base.profile, 'SPSoftwareDataType')[0] ?? {};
  const hw = profileItems(base.profile, 'SPHardwareDataType')[0] ?? {};
  const version = sw.ProductVersion ?? /macOS (\d[\d.]*)/.exec(str(soft.os_version) ?? '')?.[1];
  const build = sw.BuildVersion ?? /\((\w+)\)/.exec(str(soft.os_version) ?? '')?.[1];
  const codename = version === undefined ? undefined : NAMES[version.split('.')[0]!];
  const section: SystemSection = {
    hostname: str(soft.local_host_name) ?? fallbackHostname,
    os: { id: 'macos', name: 'macOS' },
  };
  if (version !== undefined) {
    section.os.versionId = version;
    section.os.version = build === undefined ? version : `${version} (${build})`;
  }
  if (codename !== undefined) section.os.codename = codename;
  section.os.prettyName = ['macOS', codename, version, build === undefined ? undefined : `(${build})`].filter(Boolean).join(' ');
  const kernel = /Darwin (\S+)/.exec(str(soft.kernel_version) ?? '')?.[1];
  if (kernel !== undefined) section.kernel = kernel;
  // Apple silicon reports chip_type; Intel Macs report cpu_type.
  if (str(hw.chip_type) !== undefined) section.arch = 'aarch64';
  else if (str(hw.cpu_type) !== undefined) section.arch = 'x86_64';
  return section;
}
