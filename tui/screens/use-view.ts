// Tells the shell which key scope and how much of the keyboard the screen has right now.
import { useEffect } from 'react';
import type { Scope } from '../keys/commands.js';
import type { Capture, ScreenProps } from './screen-props.js';

/** `enabled` false lets a nested view (a detail) report instead of its parent. */
export function useView(setView: ScreenProps['setView'], scope: Scope, capture: Capture, enabled = true): void {
  useEffect(() => {
    if (enabled) setView({ scope, capture });
  }, [setView, scope, capture, enabled]);
}
