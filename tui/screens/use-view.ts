// Tells the shell which key scope and how much of the keyboard the screen has right now.
import { useLayoutEffect } from 'react';
import type { Scope } from '../keys/commands.js';
import type { Capture, ScreenProps } from './screen-props.js';

/** `enabled` false lets a nested view (a detail) report instead of its parent. */
export function useView(setView: ScreenProps['setView'], scope: Scope, capture: Capture, enabled = true): void {
  // A layout effect, not a passive one: Ink renders in legacy mode, where passive effects run in a later
  // task, so a key typed right after "/" reached the shell's tab keys before the filter claimed them.
  useLayoutEffect(() => {
    if (enabled) setView({ scope, capture });
  }, [setView, scope, capture, enabled]);
}
