// The screens in navigation order; compliance, policies and export join this list with their issues.
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { AlertsScreen } from './alerts-screen.js';
import { AssetsScreen } from './assets-screen.js';
import { DashboardScreen } from './dashboard-screen.js';
import { EnrollScreen } from './enroll-screen.js';
import { EventsScreen } from './events-screen.js';
import type { ScreenProps } from './screen-props.js';
import { SettingsScreen } from './settings-screen.js';

export interface ScreenEntry {
  id: string;
  title: MessageKey;
  component: ComponentType<ScreenProps>;
}

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'dashboard', title: 'tab.dashboard', component: DashboardScreen },
  { id: 'assets', title: 'tab.assets', component: AssetsScreen },
  { id: 'events', title: 'tab.events', component: EventsScreen },
  { id: 'alerts', title: 'tab.alerts', component: AlertsScreen },
  { id: 'enroll', title: 'tab.enroll', component: EnrollScreen },
  { id: 'settings', title: 'tab.settings', component: SettingsScreen },
];
