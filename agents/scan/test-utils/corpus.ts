// Builds a scan corpus in a temporary folder: every encoding and format the scanner reads, plus
// decoys. Expected counts follow from what is planted here, file by file.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { encodeCp932 } from './cp932.js';
import { grouped, toFullWidth, withCheckDigit } from './my-numbers.js';
import { makeDocx, makeXlsx } from './office.js';
import { makeZip } from './zip-writer.js';

export const A = '123456789018'; // GUIDELINE.md examples
export const B = '987654321093';
export const C = '000000000060';
export const D = withCheckDigit('35791357913');
export const E = withCheckDigit('24680246802');
export const PLANTED = [A, B, C, D, E];

export interface Expected {
  myNumberCount: number;
  occurrences: number;
  confidence: 'high' | 'low';
}

// Nothing here may be read as a My Number: corporate numbers, wrong check digits, phone
// numbers, card numbers, amounts, digits inside longer runs, decimals.
export const DECOYS = [
  '法人 7000012050002',
  '誤り 123456789017',
  'TEL 03-1234-5678 / 090-1234-5678',
  'カード 1234-5678-9018-4321',
  '金額 123,456,789,018円',
  '口座 0123456789018',
  '小数 0.987654321093',
].join('\n');

const far = 'x'.repeat(60); // keeps a number out of a keyword's window

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
}

export async function buildCorpus(): Promise<{ root: string; expected: Map<string, Expected>; skipped: Map<string, string> }> {
  const root = await mkdtemp(join(tmpdir(), 'mamori-scan-'));
  const expected = new Map<string, Expected>();
  const skipped = new Map<string, string>();
  const put = async (path: string, data: Buffer | string, exp?: Expected | string) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
    if (typeof exp === 'string') skipped.set(path, exp);
    else if (exp !== undefined) expected.set(path, exp);
  };

  await put('text/utf8.txt', `個人番号: ${A}\n${far}\n${DECOYS}\n${far}\n${grouped(B, '-')}\n${far}\n`, { myNumberCount: 2, occurrences: 2, confidence: 'high' });
  await put('text/utf8-bom.csv', `\uFEFF社員,${far}\n1,${D}\n2,${toFullWidth(D)}\n`, { myNumberCount: 1, occurrences: 2, confidence: 'low' });
  await put('text/decoys-only.txt', `${DECOYS}\n番号 ${DECOYS}\n`);
  const sjis = `氏名,個人番号,住所\n山田太郎,${A},東京都千代田区\n鈴木花子,${grouped(A, 'ー')},ﾄｳｷｮｳ\n${far}\n佐藤,${far},${D}\n${DECOYS}\n`;
  await put('shift_jis/名簿.csv', encodeCp932(sjis), { myNumberCount: 2, occurrences: 3, confidence: 'high' });
  const jp = `マイナンバー　${toFullWidth(grouped(B, '\u3000'))}\r\n${far}\r\n備考なし ${E}\r\n`;
  await put('utf16/le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jp, 'utf16le')]), { myNumberCount: 2, occurrences: 2, confidence: 'high' });
  await put('utf16/le-nobom.txt', Buffer.from(jp, 'utf16le'), { myNumberCount: 2, occurrences: 2, confidence: 'high' });
  await put('utf16/be-nobom.txt', utf16be(jp), { myNumberCount: 2, occurrences: 2, confidence: 'high' });
  await put('utf16/be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`${far} ${E}`)]), { myNumberCount: 1, occurrences: 1, confidence: 'low' });

  await put('office/split-runs.docx', makeDocx([['個人番号は', '1234', '-56', '78-9', '018', 'です'], [far], ['9876', '5432', '1093'], [DECOYS]]), { myNumberCount: 2, occurrences: 2, confidence: 'high' });
  await put('office/numeric.xlsx', makeXlsx(
    [
      [{ s: '氏名' }, { s: '個人番号' }, { s: '備考' }],
      [{ s: '山田' }, { n: A }, { s: DECOYS }],
      [{ s: '鈴木' }, { n: '9.87654321093E+11' }, { n: '7000012050002' }],
      [{ s: '佐藤' }, { n: '60', style: 1 }, { n: '60' }],
      [{ s: '田中' }, { s: D }, { inline: `メモ ${E}` }],
    ],
    { paddedStyle: true },
  ), { myNumberCount: 5, occurrences: 5, confidence: 'high' });
  await put('office/no-label.xlsx', makeXlsx([[{ n: B }, { s: far }], [{ n: B }]], { orphanStrings: [`${far} ${E}`] }), { myNumberCount: 2, occurrences: 3, confidence: 'low' });

  // Skipped, each for its own reason.
  await put('skip/random.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'binary');
  await put('skip/report.pdf', `%PDF-1.4\n${A}\n`, 'unsupported_format');
  await put('skip/legacy.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from(A)]), 'unsupported_format');
  await put('skip/archive.zip', makeZip([{ name: 'a.txt', data: A }]), 'unsupported_format');
  await put('skip/bomb.xlsx', makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: `<worksheet>${' '.repeat(4 * 1024 * 1024)}</worksheet>` }]), 'zip_bomb');
  await put('skip/lying.docx', makeZip([{ name: 'word/document.xml', data: `<w:document>${'<w:p/>'.repeat(20_000)}</w:document>`, declaredSize: 100 }]), 'zip_bomb');
  await put('skip/broken.docx', makeZip([{ name: 'word/document.xml', data: `<w:document><w:p><w:t>${A}</w:document>` }]), 'corrupt');
  await mkdir(join(root, 'skip'), { recursive: true });
  await symlink(join(root, 'text/utf8.txt'), join(root, 'skip/link.txt'));
  skipped.set('skip/link.txt', 'symlink');
  execFileSync('mkfifo', [join(root, 'skip/fifo')]);
  skipped.set('skip/fifo', 'not_regular');
  return { root, expected, skipped };
}
