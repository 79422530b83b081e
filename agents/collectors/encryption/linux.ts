// Linux `encryption` facts: LUKS/dm-crypt under / and /home, from lsblk's device tree.
import type { CollectContext } from '../collector.js';
import { commandText } from '../exec.js';
import { luksVolumes, LSBLK_SOURCE } from './lsblk.js';
import type { EncryptionSection } from './schema.js';

export interface EncryptionLinuxDeps {
  /** lsblk JSON, or null when lsblk is missing or failed. */
  lsblk: () => Promise<string | null>;
}

export const liveEncryptionDeps: EncryptionLinuxDeps = {
  lsblk: async () =>
    (await commandText('lsblk', ['-J', '-o', 'NAME,TYPE,FSTYPE,MOUNTPOINTS'])) ??
    (await commandText('lsblk', ['-J', '-o', 'NAME,TYPE,FSTYPE,MOUNTPOINT'])),
};

export async function collectEncryptionLinux(
  ctx: Pick<CollectContext, 'root'>,
  // lsblk shows the live kernel's devices; a fixture tree has none unless a test hands in a recording.
  deps: EncryptionLinuxDeps = ctx.root === '/' ? liveEncryptionDeps : { lsblk: async () => null },
): Promise<EncryptionSection> {
  const json = await deps.lsblk();
  const volumes = json === null ? [] : luksVolumes(json);
  // / not on a block device lsblk knows (overlay in a container, NFS root): say so instead of guessing.
  if (!volumes.some((v) => v.mount === '/')) {
    volumes.unshift({ mount: '/', encrypted: null, systemDrive: true, status: json === null ? 'lsblk not available' : 'root is not on a listed block device', source: LSBLK_SOURCE });
  }
  return { volumes };
}
