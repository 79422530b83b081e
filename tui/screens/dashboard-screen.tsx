// Counts at a glance: PCs and devices, open alerts, offline agents, posture problems, events per day.
import { Box, Text } from 'ink';
import { useCommands } from '../hooks/use-commands.js';
import { useLoad } from '../hooks/use-load.js';
import { sameJson } from '../data/same-json.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import { summarize, type PostureCounts } from '../data/summary.js';
import { sparkline } from '../components/bar-chart.js';
import { fitToWidth, truncateToWidth } from '../text/display-width.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';

const DAYS = 14;
const POSTURE: Array<keyof PostureCounts> = ['av', 'patches', 'os', 'disk', 'mynumber'];

export function DashboardScreen({ source, active, width, setView }: ScreenProps) {
  const i18n = useI18n();
  const { t } = i18n;
  useView(setView, 'dashboard', 'none');
  const data = useLoad(
    async () => {
      const [assets, agents, alerts, perDay] = await Promise.all([
        source.assets(),
        source.agents(),
        source.alerts(false),
        source.eventsPerDay(DAYS),
      ]);
      return { summary: summarize(assets, agents), openAlerts: alerts.length, perDay };
    },
    [source],
    5000,
    { same: sameJson, maxPollMs: 30_000 },
  );
  useCommands({ [Command.Refresh]: data.reload }, { isActive: active });

  if (!data.data) return <Text>{data.error ? t('common.error', { message: data.error.message }) : t('common.loading')}</Text>;
  const { summary: s, openAlerts, perDay } = data.data;
  const mark = (n: number) => (n > 0 ? '!' : '✓');
  const types = s.devicesByType.map(([type, n]) => `${type} ${n}`).join('  ') || t('common.none');
  const counts = perDay.map((d) => d.count);
  const first = perDay[0] ? i18n.day(perDay[0].day) : '';
  const last = perDay.at(-1) ? i18n.day(perDay.at(-1)!.day) : '';
  const cell = Math.max(1, Math.min(4, Math.floor((width - 4) / DAYS)));

  return (
    <Box flexDirection="column">
      <Text bold>{t('dash.assets')}</Text>
      <Text>
        {`  ${t('dash.pcs')} ${s.pcs} (${t('dash.online')} ${s.pcsOnline} / ${t('dash.offline')} ${s.pcs - s.pcsOnline})   ${t('dash.devices')} ${s.devices}`}
      </Text>
      <Text wrap="truncate-end">{`  ${t('dash.byType')}: ${types}`}</Text>
      <Text> </Text>
      <Text color={openAlerts > 0 ? 'red' : 'green'}>{`${mark(openAlerts)} ${t('dash.openAlerts')}: ${openAlerts}`}</Text>
      <Text color={s.agentsOffline > 0 ? 'yellow' : 'green'}>{`${mark(s.agentsOffline)} ${t('dash.agentsOffline')}: ${s.agentsOffline}`}</Text>
      <Text> </Text>
      <Text bold>{t('dash.posture')}</Text>
      {POSTURE.map((k) => (
        <Text key={k} color={s.posture[k] > 0 ? 'yellow' : undefined}>
          {`  ${mark(s.posture[k])} ${fitToWidth(t(`dash.posture.${k}`), 30)} ${String(s.posture[k]).padStart(5)}`}
        </Text>
      ))}
      <Text> </Text>
      <Text bold>{`${t('dash.eventsPerDay', { days: DAYS })}  ${t('dash.max', { count: Math.max(0, ...counts) })}`}</Text>
      <Text>{`  ${truncateToWidth(sparkline(counts, cell), width - 4)}`}</Text>
      <Text dimColor>{`  ${first}${' '.repeat(Math.max(1, DAYS * cell - first.length - last.length))}${last}`}</Text>
    </Box>
  );
}
