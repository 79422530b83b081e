// macOS `encryption` facts: FileVault on the system volume, from `fdesetup status`:
//   "FileVault is On.", "FileVault is Off.", "Encryption in progress: Percent completed = 45.2".
import type { CollectContext } from '../collector.js';
import { commandText } from '../exec.js';
import type { EncryptionSection } from './schema.js';

export function parseFdesetupStatus(text: string): boolean | null {
  if (/FileVault is On/i.test(text)) return true;
  // Still encrypting (or decrypting): not protected yet.
  if (/FileVault is Off|in progress/i.test(text)) return false;
  return null;
}

export async function collectEncryptionDarwin(
  _ctx: CollectContext,
  run: () => Promise<string | null> = () => commandText('fdesetup', ['status']),
): Promise<EncryptionSection> {
  const text = await run();
  const status = text?.trim().split('\n')[0];
  return {
    volumes: [
      {
        mount: '/',
        encrypted: text === null ? null : parseFdesetupStatus(text),
        systemDrive: true,
        ...(status ? { status } : {}),
        ...(text !== null ? { method: 'FileVault' } : {}),
        source: 'fdesetup status',
      },
    ],
  };
}
