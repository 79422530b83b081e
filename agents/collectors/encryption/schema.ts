// The `encryption` section: whether the volumes holding the OS and users' files are encrypted at rest.
import { z } from 'zod';

export const EncryptedVolume = z.object({
  /** "C:", "/", "/home". */
  mount: z.string().min(1),
  device: z.string().optional(),
  /**
   * Protected at rest: BitLocker protection On (a suspended volume is not), a LUKS/dm-crypt device
   * under the mount, FileVault on. null when it could not be read.
   */
  encrypted: z.boolean().nullable(),
  /** The volume the OS boots from. */
  systemDrive: z.boolean(),
  /** BitLocker VolumeStatus, "FileVault is On.", the dm-crypt device name... */
  status: z.string().optional(),
  method: z.string().optional(),
  source: z.string(),
});
export type EncryptedVolume = z.infer<typeof EncryptedVolume>;

export const EncryptionSection = z.object({ volumes: z.array(EncryptedVolume) });
export type EncryptionSection = z.infer<typeof EncryptionSection>;
