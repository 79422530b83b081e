// Alerts (new or missing devices, cloned PCs, …) and acknowledging them with a note.
import { z } from 'zod';
import type { Alert } from '../../store/state-schema.js';

export type { Alert } from '../../store/state-schema.js';

export const alertMethods = {
  'alerts.list': z.object({ includeAcked: z.boolean().default(false) }),
  'alerts.ack': z.object({ id: z.string().min(1).max(64), note: z.string().max(2000).default('') }),
} as const;

export interface AlertResults {
  'alerts.list': Alert[];
  'alerts.ack': { id: string; ackedAt: string };
}
