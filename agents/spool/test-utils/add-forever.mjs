// Child process for spool-kill.test.ts: adds events forever through the COMPILED spool and prints
// "seq N" once add() has resolved (so N is durable) and "ack N" once ack() has resolved, using
// synchronous writes so nothing printed can be lost when the parent sends SIGKILL.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [dir, modulePath] = process.argv.slice(2);
const { Spool } = await import(pathToFileURL(modulePath).href);
const spool = await Spool.open(dir, { segmentBytes: 8192, maxEvents: 1_000_000 });
writeSync(1, `ready ${spool.lastSeq}\n`);
for (let round = 0; ; round++) {
  // Several adds at once, so group commit is exercised under the kill too.
  const adds = [1, 2, 3].map((n) =>
    spool.add(Array.from({ length: n }, (_, i) => ({ kind: 'test.kill', data: { round, i, pad: 'x'.repeat(40) } }))),
  );
  for (const events of await Promise.all(adds)) for (const e of events) writeSync(1, `seq ${e.seq}\n`);
  if (round % 10 === 9) {
    const upTo = spool.lastSeq - 20;
    await spool.ack(upTo);
    writeSync(1, `ack ${upTo}\n`);
  }
}
