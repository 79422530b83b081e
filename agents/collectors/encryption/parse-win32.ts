// Windows `encryption` section: Get-BitLockerVolume (enum names as text), or Win32_EncryptableVolume
// (numbers) where the BitLocker module is missing (Home editions have device encryption but no module).
import { num, records, str } from '../json-values.js';
import type { EncryptedVolume, EncryptionSection } from './schema.js';

export function parseEncryptionWin32(posture: Record<string, unknown>): EncryptionSection {
  const systemDrive = (str(posture.systemDrive) ?? 'C:').toUpperCase();
  const volumes: EncryptedVolume[] = [];
  const bitlocker = records(posture.bitlocker);
  if (bitlocker.length > 0) {
    for (const v of bitlocker) {
      const mount = str(v.MountPoint);
      if (mount === undefined) continue;
      const protection = str(v.ProtectionStatus);
      const row: EncryptedVolume = {
        mount,
        encrypted: protection === 'On' ? true : protection === 'Off' ? false : null,
        systemDrive: str(v.VolumeType) === 'OperatingSystem' || mount.toUpperCase() === systemDrive,
        source: 'Get-BitLockerVolume',
      };
      const status = str(v.VolumeStatus);
      const method = str(v.EncryptionMethod);
      if (status !== undefined) row.status = status;
      if (method !== undefined && method !== 'None') row.method = method;
      volumes.push(row);
    }
  } else {
    for (const v of records(posture.encryptable)) {
      const mount = str(v.DriveLetter);
      if (mount === undefined) continue;
      // ProtectionStatus: 0 off, 1 on, 2 unknown (locked). VolumeType: 0 OS, 1 fixed data, 2 removable.
      const p = num(v.ProtectionStatus);
      volumes.push({
        mount,
        encrypted: p === 1 ? true : p === 0 ? false : null,
        systemDrive: num(v.VolumeType) === 0 || mount.toUpperCase() === systemDrive,
        source: 'Win32_EncryptableVolume',
      });
    }
  }
  // Neither source answered (not elevated, or no BitLocker at all): the system drive is unknown.
  if (volumes.length === 0) volumes.push({ mount: systemDrive, encrypted: null, systemDrive: true, status: 'BitLocker status not readable', source: 'none' });
  return { volumes: volumes.sort((a, b) => (a.mount < b.mount ? -1 : a.mount > b.mount ? 1 : 0)) };
}
