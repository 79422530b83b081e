import type { Command } from 'commander';
import { z } from 'zod';
import { FINGERPRINT_RE } from '../../../protocol/wire.js';
import { collectInventory, identityHints } from '../../collectors/inventory.js';
import { defaultStateDir } from '../../state/agent-state.js';
import { enroll } from '../../transport/enroll.js';
import { VERSION } from '../../../common/version.js';
import { parseFlags } from '../flags.js';

const Flags = z.object({
  server: z.string().regex(/^wss:\/\/[^/\s]+(\/.*)?$/, 'must look like wss://HOST:PORT'),
  token: z.string().min(8, 'is too short to be a token'),
  fingerprint: z.string().regex(FINGERPRINT_RE, 'must look like SHA256:<43 base64 characters> as printed by `mamori token create`'),
  state: z.string().min(1).optional(),
});

export function registerEnroll(program: Command): void {
  program
    .command('enroll')
    .description('enroll this PC with a box: pins the box key and registers a new key for this PC')
    .requiredOption('--server <url>', 'the box address, wss://HOST:PORT')
    .requiredOption('--token <token>', 'an enrollment token from `mamori token create`')
    .requiredOption('--fingerprint <sha256>', "the box key's fingerprint, SHA256:...")
    .option('--state <dir>', 'where the agent keeps its key and state', undefined)
    .action(async (raw: unknown) => {
      const flags = parseFlags(Flags, raw);
      const stateDir = flags.state ?? defaultStateDir();
      const { sections } = await collectInventory();
      const hints = { ...identityHints(sections), agentVersion: VERSION };
      const state = await enroll({ server: flags.server, token: flags.token, fingerprint: flags.fingerprint, stateDir, hints });
      process.stdout.write(`enrolled as ${state.agentId} (asset ${state.assetId}) with ${flags.server}\n登録しました: ${state.agentId}\n`);
    });
}
