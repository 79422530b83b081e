// Loads a recorded PowerShell output from windows/fixtures through the same decoder the agent uses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asRecord } from '../../json-values.js';
import { parsePowerShellJson } from '../powershell.js';

export const WINDOWS_MACHINES = ['win11-pro-23h2-ja', 'win10-pro-22h2', 'server2022'] as const;
export type WindowsMachine = (typeof WINDOWS_MACHINES)[number];

export function fixtureBytes(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));
}

export function psFixture(name: string): unknown {
  return parsePowerShellJson(fixtureBytes(name), name);
}

export function machine(m: WindowsMachine): { base: Record<string, unknown>; posture: Record<string, unknown>; updates: Record<string, unknown> } {
  return {
    base: asRecord(psFixture(`base-${m}.json`)),
    posture: asRecord(psFixture(`posture-${m}.json`)),
    updates: asRecord(psFixture(`updates-${m}.json`)),
  };
}
