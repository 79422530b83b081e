import type { Socket } from 'node:net';

/**
 * Splits a stream socket into JSON lines and writes JSON lines back.
 * A line over maxLineBytes or one that is not JSON is reported through onBadLine, never thrown.
 */
export function lineChannel(
  socket: Socket,
  maxLineBytes: number,
  onLine: (value: unknown) => void,
  onBadLine: (reason: string) => void,
): { send(value: unknown): boolean } {
  let buffered: Buffer[] = [];
  let bufferedBytes = 0;
  let discarding = false;
  socket.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (discarding) {
        discarding = false;
        continue;
      }
      const line = bufferedBytes ? Buffer.concat([...buffered, piece]) : piece;
      buffered = [];
      bufferedBytes = 0;
      if (line.length > maxLineBytes) {
        onBadLine(`line of ${line.length} bytes exceeds the limit of ${maxLineBytes}`);
        continue;
      }
      if (line.length === 0) continue;
      let value: unknown;
      try {
        value = JSON.parse(line.toString('utf8'));
      } catch {
        onBadLine('line is not valid JSON');
        continue;
      }
      onLine(value);
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0 || discarding) return;
    bufferedBytes += rest.length;
    if (bufferedBytes > maxLineBytes) {
      buffered = [];
      bufferedBytes = 0;
      discarding = true;
      onBadLine(`line exceeds the limit of ${maxLineBytes} bytes`);
      return;
    }
    buffered.push(Buffer.from(rest));
  });
  return {
    send(value: unknown): boolean {
      if (socket.destroyed || !socket.writable) return false;
      return socket.write(JSON.stringify(value) + '\n');
    },
  };
}
