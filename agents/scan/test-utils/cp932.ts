// A CP932 encoder for fixtures, built by inverting Node's own shift_jis decoder over every
// two-byte sequence. The test beside it checks a few characters against bytes from the JIS table,
// so the encoder does not just agree with the decoder it was made from.
let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  for (let b = 0xa1; b <= 0xdf; b++) map.set(decoder.decode(Uint8Array.of(b)), [b]); // half-width katakana
  const leads = [...range(0x81, 0x9f), ...range(0xe0, 0xfc)];
  for (const lead of leads) {
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]); // first (NEC/JIS) form wins
      } catch {
        // unassigned
      }
    }
  }
  return map;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export function encodeCp932(text: string): Buffer {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`no CP932 form for U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
