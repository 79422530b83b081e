// The `network` section: the machine's interfaces (loopback skipped), sorted, without counters or
// link state so the hash changes only when addresses or hardware change.
import { z } from 'zod';

export const InterfaceType = z.enum(['ethernet', 'wireless', 'bridge', 'bond', 'vlan', 'virtual', 'tunnel', 'other']);
export type InterfaceType = z.infer<typeof InterfaceType>;

export const NetInterface = z.object({
  name: z.string(),
  /** Lower-case aa:bb:cc:dd:ee:ff; absent for interfaces without a hardware address (tunnels). */
  mac: z.string().regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/).optional(),
  type: InterfaceType,
  /** Backed by a hardware device (a NIC), as opposed to software interfaces whose MACs are made up. */
  physical: z.boolean(),
  /** CIDR notation, sorted. */
  ipv4: z.array(z.string()),
  /** CIDR notation, RFC 5952 form, sorted; temporary (privacy) addresses left out because they rotate. */
  ipv6: z.array(z.string()),
});
export type NetInterface = z.infer<typeof NetInterface>;

export const NetworkSection = z.object({ interfaces: z.array(NetInterface) });
export type NetworkSection = z.infer<typeof NetworkSection>;
