// Everything needed to enroll a PC (address, fingerprint, token, one-line command) and the agents with revoke.
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { Column } from '../components/columns.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { Table } from '../components/table.js';
import type { AgentView as Agent, TokenCreated } from '../../appliance/control/contract/index.js';
import { useCommands } from '../hooks/use-commands.js';
import { useLoad } from '../hooks/use-load.js';
import { useSelection } from '../hooks/use-selection.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import { fitToWidth } from '../text/display-width.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';

const TOKEN_USES = 1;
const TOKEN_TTL_MS = 86_400_000;

export function EnrollScreen({ source, active, width, height, setView }: ScreenProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [token, setToken] = useState<TokenCreated | null>(null);
  const [revoking, setRevoking] = useState<Agent | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const loaded = useLoad(async () => {
    const [status, agents] = await Promise.all([source.status(), source.agents()]);
    return { status, agents };
  }, [source], 5000);
  const agents = loaded.data?.agents ?? [];
  const topLines = token ? 7 : 4;
  const tableHeight = Math.max(3, height - topLines - 1);
  const sel = useSelection(agents.length, tableHeight - 1);
  useView(setView, revoking ? 'confirm' : 'enroll', revoking ? 'modal' : 'none');
  const fail = (e: unknown) => setMessage({ ok: false, text: t('common.error', { message: e instanceof Error ? e.message : String(e) }) });
  useCommands(
    {
      ...sel.handlers,
      [Command.NewToken]: () => {
        setMessage(null);
        source.createToken(TOKEN_USES, TOKEN_TTL_MS).then(setToken, fail);
      },
      [Command.Revoke]: () => {
        const agent = agents[sel.index];
        if (agent && !agent.revokedAt) setRevoking(agent);
      },
      [Command.Refresh]: loaded.reload,
    },
    { isActive: active && !revoking },
  );
  const revoke = async (agent: Agent) => {
    setRevoking(null);
    try {
      await source.revokeAgent(agent.agentId);
      setMessage({ ok: true, text: t('enroll.revoked', { agent: agent.hostname ?? agent.agentId }) });
      loaded.reload();
    } catch (e) {
      fail(e);
    }
  };

  const status = loaded.data?.status;
  const label = (key: Parameters<typeof t>[0]) => fitToWidth(t(key), 20);
  const columns: Column<Agent>[] = [
    { title: t('col.status'), width: 10, value: (a) => (a.revokedAt ? t('status.revoked') : a.connected ? t('status.online') : t('status.offline')) },
    { title: t('col.host'), flex: 1, min: 10, value: (a) => a.hostname ?? '' },
    { title: t('col.agent'), flex: 1, min: 10, value: (a) => a.agentId },
    { title: t('col.enrolled'), width: 11, value: (a) => i18n.date(a.enrolledAt) },
  ];
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">{`${label('enroll.server')} ${(token?.serverUrls ?? status?.serverUrls ?? []).join('  ')}`}</Text>
      <Text wrap="truncate-end">{`${label('enroll.fingerprint')} ${token?.fingerprint ?? status?.fingerprint ?? ''}`}</Text>
      {token ? (
        <>
          <Text bold wrap="truncate-end">{`${label('enroll.token')} ${token.token}`}</Text>
          <Text dimColor>{t('enroll.expires', { time: i18n.date(token.expiresAt, 'long'), uses: token.usesLeft })}</Text>
          <Text>{t('enroll.command')}</Text>
          {/* The command wraps rather than truncates: it must be copyable whole. */}
          <Text color="cyan" wrap="wrap">
            {token.enrollCommand}
          </Text>
        </>
      ) : (
        <Text dimColor>{t('enroll.noToken')}</Text>
      )}
      <Text color={message ? (message.ok ? 'green' : 'red') : undefined} wrap="truncate-end">
        {message?.text ?? (loaded.error ? t('common.error', { message: loaded.error.message }) : ' ')}
      </Text>
      {revoking ? (
        <ConfirmDialog
          message={t('enroll.revokeConfirm', { agent: revoking.agentId, host: revoking.hostname ?? '-' })}
          onYes={() => void revoke(revoking)}
          onNo={() => setRevoking(null)}
          isActive={active}
        />
      ) : (
        <>
          <Text bold>{t('enroll.agents')}</Text>
          <Table columns={columns} rows={agents} selected={sel.index} height={tableHeight - 1} width={width} empty={t('enroll.noAgents')} />
        </>
      )}
    </Box>
  );
}
