// Every box setting, generated from the settings schema: edit a field (validated against the bounds
// the box enforces), review, confirm, then save as one patch. The selected field's help is shown below.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { TextInput } from '../components/text-input.js';
import { settingsPatch } from '../../appliance/control/contract/index.js';
import { editText, parseField, readField, schemaText, SETTINGS_FIELDS, showValue, type FieldValue, type SettingField } from '../data/settings-fields.js';
import { useCommands } from '../hooks/use-commands.js';
import { useLoad } from '../hooks/use-load.js';
import { useSelection } from '../hooks/use-selection.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Command } from '../keys/commands.js';
import { fitToWidth, truncateToWidth } from '../text/display-width.js';
import type { ScreenProps } from './screen-props.js';
import { useView } from './use-view.js';

export function SettingsScreen({ source, active, width, setView }: ScreenProps) {
  const { t } = useI18n();
  const [edits, setEdits] = useState<Map<string, FieldValue>>(new Map());
  const [editing, setEditing] = useState<SettingField | null>(null);
  const [draft, setDraft] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const loaded = useLoad(() => source.settings(), [source]);
  const sel = useSelection(SETTINGS_FIELDS.length, SETTINGS_FIELDS.length);
  useView(setView, editing ? 'text' : confirming ? 'confirm' : 'settings', editing || confirming ? 'modal' : 'none');
  const label = (f: SettingField) => schemaText(t, f.label);
  const current = (f: SettingField) => (edits.has(f.key) ? edits.get(f.key) : loaded.data ? readField(loaded.data, f) : undefined);
  const setEdit = (f: SettingField, value: FieldValue) => {
    const next = new Map(edits);
    const original = loaded.data ? readField(loaded.data, f) : undefined;
    if (JSON.stringify(original) === JSON.stringify(value)) next.delete(f.key);
    else next.set(f.key, value);
    setEdits(next);
  };

  useCommands(
    {
      ...sel.handlers,
      [Command.Edit]: () => {
        const f = SETTINGS_FIELDS[sel.index]!;
        setMessage(null);
        if (!f.editable) return setMessage({ ok: false, text: t('settings.readOnly') });
        if (f.kind.type === 'bool') return setEdit(f, !current(f));
        setDraft(editText(current(f)));
        setEditing(f);
      },
      [Command.Save]: () => edits.size > 0 && setConfirming(true),
      [Command.Refresh]: () => {
        setEdits(new Map());
        loaded.reload();
      },
    },
    { isActive: active && !editing && !confirming && loaded.data !== null },
  );

  const submit = (text: string) => {
    const f = editing!;
    const parsed = parseField(f, text, t);
    if (!parsed.ok) return setMessage({ ok: false, text: t(parsed.error, parsed.vars) });
    setEdit(f, parsed.value);
    setEditing(null);
    setMessage(null);
  };
  const save = async () => {
    setConfirming(false);
    try {
      await source.updateSettings(settingsPatch(edits));
      setEdits(new Map());
      setMessage({ ok: true, text: t('common.saved') });
      loaded.reload();
    } catch (e) {
      // The daemon names the field in its BAD_REQUEST message; show it as is.
      setMessage({ ok: false, text: t('common.error', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  if (!loaded.data) return <Text>{loaded.error ? t('common.error', { message: loaded.error.message }) : t('common.loading')}</Text>;
  const labelWidth = Math.min(34, Math.floor(width / 2));
  const changes = SETTINGS_FIELDS.filter((f) => edits.has(f.key)).map(
    (f) => `${label(f)}: ${showValue(f, readField(loaded.data!, f), t)} → ${showValue(f, edits.get(f.key), t)}`,
  );
  const selected = SETTINGS_FIELDS[sel.index];
  return (
    <Box flexDirection="column">
      {SETTINGS_FIELDS.map((f, i) => {
        const changed = edits.has(f.key);
        const value = truncateToWidth(showValue(f, current(f), t) || t('common.none'), width - labelWidth - 6);
        return (
          <Text key={f.key} inverse={i === sel.index} bold={changed} dimColor={!f.editable} wrap="truncate-end">
            {`${i === sel.index ? '>' : ' '}${changed ? '*' : ' '}${fitToWidth(label(f), labelWidth)} ${value}`}
          </Text>
        );
      })}
      {selected && !editing && !confirming ? <Text dimColor wrap="truncate-end">{`  ${truncateToWidth(schemaText(t, selected.description), width - 4)}`}</Text> : <Text> </Text>}
      {editing ? (
        <TextInput label={t('settings.editPrompt', { label: label(editing) })} value={draft} onChange={setDraft} onSubmit={submit} onCancel={() => { setEditing(null); setMessage(null); }} isActive={active} />
      ) : null}
      {editing && editing.kind.type === 'list' ? <Text dimColor>{t('settings.listHint')}</Text> : null}
      {message ? <Text color={message.ok ? 'green' : 'red'} wrap="wrap">{message.text}</Text> : null}
      {!editing && edits.size > 0 && !confirming ? <Text color="yellow">{t('settings.unsaved', { count: edits.size })}</Text> : null}
      {confirming ? <ConfirmDialog message={t('settings.confirm')} detail={changes} onYes={() => void save()} onNo={() => setConfirming(false)} isActive={active} /> : null}
    </Box>
  );
}
