// `dscl . -readall /Users <attributes>` output: records separated by a line "-"; each attribute is
// "Name: v1 v2" on one line, or "Name:" followed by indented lines when a value holds spaces.
export type DsclRecord = Record<string, string[]>;

export function parseDsclRecords(text: string): DsclRecord[] {
  const out: DsclRecord[] = [];
  let rec: DsclRecord = {};
  let last: string | null = null;
  const flush = (): void => {
    if (Object.keys(rec).length > 0) out.push(rec);
    rec = {};
    last = null;
  };
  for (const line of text.split('\n')) {
    if (line === '-') {
      flush();
      continue;
    }
    if (line.startsWith(' ') && last !== null) {
      rec[last]!.push(line.trim());
      continue;
    }
    const m = /^([A-Za-z0-9_:.-]+?):(?: (.*))?$/.exec(line);
    if (!m) continue;
    // Names like "dsAttrTypeNative:foo" keep their prefix; the value list may be empty (multi-line).
    last = m[1]!;
    rec[last] = m[2] === undefined || m[2] === '' ? [] : m[2].split(' ').filter(Boolean);
  }
  flush();
  return out;
}

/** "GroupMembership: root taro" from `dscl . -read /Groups/admin GroupMembership`. */
export function parseGroupMembership(text: string): string[] {
  return parseDsclRecords(text)[0]?.GroupMembership ?? [];
}

export const DSCL_USER_ATTRS = ['RecordName', 'UniqueID', 'PrimaryGroupID', 'NFSHomeDirectory', 'UserShell', 'AuthenticationAuthority'];
