// What every screen gets from the shell, and what it reports back.
import type { DataSource } from '../data/data-source.js';
import type { Scope } from '../keys/commands.js';

/**
 * How much of the keyboard the screen has taken: 'none' leaves all global keys on, 'nested' keeps
 * them but handles Back itself (a detail view is open), 'modal' turns them off (typing, confirming).
 */
export type Capture = 'none' | 'nested' | 'modal';

export interface View {
  scope: Scope;
  capture: Capture;
}

export interface ScreenProps {
  source: DataSource;
  /** False while an overlay (help, quit) has the keyboard. */
  active: boolean;
  width: number;
  height: number;
  setView(view: View): void;
}
