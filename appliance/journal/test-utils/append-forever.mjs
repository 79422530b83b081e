// Child process for the kill -9 test: appends forever with several batches in flight and prints
// `acked <seq> <n>` for every record whose promise resolved (i.e. whose fsync completed).
// Usage: node append-forever.mjs <journal dir> <compiled journal.js>
const [dir, compiled] = process.argv.slice(2);
const { Journal } = await import(compiled);
const j = await Journal.open(dir, { commitIntervalMs: 5, maxSegmentBytes: 64 * 1024 });
let n = j.maxAseq('ag-kill');
process.stdout.write(`ready ${j.lastSeq}\n`);

async function worker() {
  for (;;) {
    const size = 1 + Math.floor(Math.random() * 20);
    const inputs = [];
    for (let i = 0; i < size; i++) {
      n++;
      inputs.push({ src: 'ag-kill', kind: 'test.kill', aseq: n, data: { n, pad: 'z'.repeat(200) } });
    }
    const recs = await j.append(inputs);
    process.stdout.write(recs.map((r) => `acked ${r.seq} ${r.aseq}\n`).join(''));
  }
}
for (let w = 0; w < 4; w++) void worker();
