// Windows `software` facts: one PowerShell run over the Uninstall keys.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { runPowerShellJson } from '../windows/powershell.js';
import { parseSoftwareWin32 } from './parse-win32.js';
import type { SoftwareSection } from './schema.js';
import { WINDOWS_SOFTWARE_SCRIPT } from './win32-script.js';

export async function collectSoftwareWin32(_ctx: CollectContext, run: RunScript = runPowerShellJson): Promise<SoftwareSection> {
  return parseSoftwareWin32(await run(WINDOWS_SOFTWARE_SCRIPT, 'windows installed software'));
}
