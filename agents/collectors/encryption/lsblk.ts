// `lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINTS` (or MOUNTPOINT on util-linux < 2.37): a tree from disks
// down to what is mounted. A mount is encrypted when some device on its path is a dm-crypt mapping
// (TYPE crypt) or a LUKS container (FSTYPE crypto_LUKS): sda3 (crypto_LUKS) > luks-… (crypt) > vg-root (lvm, /).
import type { EncryptedVolume } from './schema.js';

interface Node {
  name?: string;
  type?: string;
  fstype?: string | null;
  mountpoint?: string | null;
  mountpoints?: Array<string | null>;
  children?: Node[];
}

export const LSBLK_SOURCE = 'lsblk';

export function luksVolumes(json: string, mounts: readonly string[] = ['/', '/home']): EncryptedVolume[] {
  const doc = JSON.parse(json) as { blockdevices?: Node[] };
  const found = new Map<string, EncryptedVolume>();
  const walk = (node: Node, path: Node[]): void => {
    const here = [...path, node];
    const points = [...(node.mountpoints ?? []), node.mountpoint].filter((m): m is string => typeof m === 'string');
    for (const m of points) {
      if (!mounts.includes(m) || found.has(m)) continue;
      const crypt = here.find((n) => n.type === 'crypt');
      const encrypted = crypt !== undefined || here.some((n) => n.fstype === 'crypto_LUKS');
      const row: EncryptedVolume = { mount: m, device: node.name ?? '', encrypted, systemDrive: m === '/', source: LSBLK_SOURCE };
      if (crypt?.name !== undefined) row.status = `dm-crypt ${crypt.name}`;
      found.set(m, row);
    }
    for (const c of node.children ?? []) walk(c, here);
  };
  for (const d of doc.blockdevices ?? []) walk(d, []);
  return [...found.values()].sort((a, b) => (a.mount < b.mount ? -1 : 1));
}
