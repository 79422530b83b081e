// OS facts for the lifecycle lookup, from what the system collectors already know.
import type { OsFacts } from '../system/schema.js';
import type { WindowsOs } from '../windows/os-facts.js';
import { buildString } from '../windows/os-facts.js';
import type { OsSupportFacts } from './evaluate.js';
import type { OsFamily } from './schema.js';

const LINUX_FAMILIES: ReadonlySet<string> = new Set(['debian', 'ubuntu', 'rhel', 'rocky', 'almalinux']);

export function linuxSupportFacts(os: OsFacts): OsSupportFacts {
  const family = LINUX_FAMILIES.has(os.id) ? (os.id as OsFamily) : null;
  const facts: OsSupportFacts = { family, display: os.prettyName ?? `${os.name} ${os.versionId ?? ''}`.trim() };
  if (os.versionId !== undefined) facts.version = os.versionId;
  return facts;
}

export function windowsSupportFacts(os: WindowsOs): OsSupportFacts {
  const build = buildString(os);
  const facts: OsSupportFacts = {
    family: os.server ? 'windows-server' : 'windows',
    display: [os.productName, os.displayVersion, build === undefined ? undefined : `(${build})`].filter(Boolean).join(' '),
  };
  if (os.build !== undefined) facts.build = os.build;
  if (os.edition !== undefined) facts.edition = os.edition;
  return facts;
}

export function macosSupportFacts(productVersion: string): OsSupportFacts {
  // The table keys macOS by major version: 13, 14, 15, then 26 (the year-based numbering).
  return { family: 'macos', display: `macOS ${productVersion}`, version: productVersion };
}
