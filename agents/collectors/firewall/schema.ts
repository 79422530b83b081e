// The `firewall` section: each firewall layer the platform has, and an overall verdict.
import { z } from 'zod';

export const FirewallBackend = z.object({
  /** windows-profile, nftables, iptables, ufw, firewalld, application-firewall. */
  name: z.string(),
  /** Windows profile (Domain, Private, Public). */
  profile: z.string().optional(),
  /** null when the state could not be read (e.g. nft without root). */
  enabled: z.boolean().nullable(),
  detail: z.string().optional(),
  source: z.string(),
});
export type FirewallBackend = z.infer<typeof FirewallBackend>;

export const FirewallSection = z.object({
  /**
   * Windows: every profile on. Linux: at least one layer filters input. macOS: the application
   * firewall on. null when nothing could be read.
   */
  enabled: z.boolean().nullable(),
  backends: z.array(FirewallBackend),
});
export type FirewallSection = z.infer<typeof FirewallSection>;

/** true if any layer is on, false if layers were read and all are off, null if none could be read. */
export function anyEnabled(backends: FirewallBackend[]): boolean | null {
  if (backends.some((b) => b.enabled === true)) return true;
  return backends.some((b) => b.enabled === false) ? false : null;
}
