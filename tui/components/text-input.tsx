// One line of text entry: printable keys and paste insert, Backspace deletes, Enter submits, Esc cancels.
import { Box, Text } from 'ink';
import { useRef } from 'react';
import { useKeys } from '../hooks/key-router.js';
import { commandMatches } from '../keys/key-matchers.js';
import { Command } from '../keys/commands.js';

export interface TextInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onSubmit(value: string): void;
  onCancel(): void;
  isActive?: boolean;
}

export function TextInput({ label, value, onChange: setValue, onSubmit, onCancel, isActive = true }: TextInputProps) {
  // Keys can arrive faster than React re-renders (a paste then Enter); the ref always holds the latest text.
  const latest = useRef(value);
  latest.current = value;
  const onChange = (v: string) => {
    latest.current = v;
    setValue(v);
  };
  useKeys(
    (input, key) => {
      const value = latest.current;
      if (commandMatches(Command.Submit, input, key)) return onSubmit(value);
      if (commandMatches(Command.CancelInput, input, key)) return onCancel();
      if (key.backspace || key.delete) return onChange([...value].slice(0, -1).join(''));
      if (key.ctrl && input === 'u') return onChange('');
      if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return;
      // Strip control characters a paste may carry (newlines, escape sequences).
      const text = input.replace(/[\u0000-\u001f\u007f]/g, '');
      if (text) onChange(value + text);
    },
    { isActive },
  );
  return (
    <Box>
      <Text bold>{label} </Text>
      <Text>{value}</Text>
      <Text inverse> </Text>
    </Box>
  );
}
