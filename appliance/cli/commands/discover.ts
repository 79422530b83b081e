import type { Command } from 'commander';
import { createLogger } from '../../../common/log.js';
import type { DiscoveredDevice } from '../../discovery/discover.js';
import { MamoriError } from '../../errors/mamori-error.js';

interface DiscoverFlags { snmp: string[]; community: string[]; mdns: string[]; timeout: string; window: string; json?: boolean }

const collect = (v: string, prev: string[]) => [...prev, v];

/** `mamori discover`: one discovery run now, without needing a daemon. Sends nothing unless told where. */
export function registerDiscover(program: Command): void {
  program
    .command('discover')
    .description('run one discovery now (SNMP v2c and mDNS) and print the devices / 今すぐ機器を探索する')
    .option('--snmp <targets>', 'SNMP targets: CIDR, host or host:port, comma separated (repeatable)', collect, [])
    .option('--community <c>', 'SNMP community; repeat for several, first that answers wins', collect, [])
    .option('--mdns <interface>', 'browse mDNS on this interface name or IPv4 address (repeatable)', collect, [])
    .option('--timeout <ms>', 'SNMP timeout per request', '1000')
    .option('--window <ms>', 'mDNS browse window (>= 1000)', '2000')
    .option('--json', 'print one JSON array of devices')
    .action(async (flags: DiscoverFlags) => {
      const timeoutMs = positiveInt(flags.timeout, '--timeout');
      const browseWindowMs = positiveInt(flags.window, '--window');
      if (flags.snmp.length === 0 && flags.mdns.length === 0) {
        throw new MamoriError('BAD_INPUT', 'nothing to discover: give --snmp TARGETS and/or --mdns INTERFACE');
      }
      // Loaded on use: the SNMP and mDNS libraries are not needed by other commands.
      const { discover } = await import('../../discovery/discover.js');
      const result = await discover({
        snmpTargets: flags.snmp, communities: flags.community, mdnsInterfaces: flags.mdns, timeoutMs, browseWindowMs,
        log: createLogger('discover', { level: process.env.MAMORI_LOG_LEVEL === 'debug' ? 'debug' : 'warn' }),
      });
      if (flags.json) process.stdout.write(JSON.stringify(result.devices, null, 2) + '\n');
      else process.stdout.write(table(result.devices));
      for (const e of result.errors) process.stderr.write(`mamori: ${e.target}: ${e.message}\n`);
    });
}

function positiveInt(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0 || n > 600_000) throw new MamoriError('BAD_INPUT', `${flag} must be a whole number of milliseconds (1-600000), not "${s}"`);
  return n;
}

function table(devices: readonly DiscoveredDevice[]): string {
  if (devices.length === 0) return 'no devices found\n';
  const rows = devices.map((d) => [d.type, d.vendor ?? '', d.model ?? '', d.serial ?? '', d.ips.join(' '), d.macs[0] ?? '', d.location ?? '', d.sources.join('+')]);
  const head = ['TYPE', 'VENDOR', 'MODEL', 'SERIAL', 'IP', 'MAC', 'LOCATION', 'SOURCE'];
  const widths = head.map((h, i) => Math.min(32, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}
