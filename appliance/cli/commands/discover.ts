import type { Command } from 'commander';

// Placeholder until appliance/discovery lands; replaced by the discovery engineer.
export function registerDiscover(program: Command): void {
  program
    .command('discover')
    .description('run one discovery now (mDNS and SNMP)')
    .action(() => {
      throw new Error('discovery is not built yet');
    });
}
