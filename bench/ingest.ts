// `npm run bench`: ingestion over real WSS on loopback, Mamori against a raw baseline that only
// parses and appends with the same group commit. Prints events/s, ack latency and daemon RSS.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ControlClient } from '../appliance/control/control-client.js';
import { cpuSeconds, inBatches, percentile, rssMiB, rssSampler } from './measure.js';
import { SimAgent } from './sim-agent.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_MS = 2000;
const IDLE_AGENTS = Number(process.env.BENCH_IDLE_AGENTS ?? 1000);
const ALL_SCENARIOS = [
  { n: 50, b: 1 },
  { n: 50, b: 100 },
  { n: 500, b: 1 },
  { n: 500, b: 100 },
];
// BENCH_ONLY=500x100 runs one scenario (for profiling); BENCH_NODE_ARGS adds flags to the daemon's node.
const SCENARIOS = ALL_SCENARIOS.filter((s) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY === `${s.n}x${s.b}`);

interface Result {
  /** Daemon CPU during the measured window, in cores (1.0 = one core busy). */
  cpu: number;
  eventsPerSec: number;
  p50: number;
  p99: number;
  rss: number;
}

function startProcess(args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MAMORI_LOG_LEVEL: 'warn' } });
  let out = '';
  return new Promise((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(ready);
      if (m) ok({ child, match: m });
    });
    child.stderr!.on('data', (d: Buffer) => process.stderr.write(d));
    child.once('exit', (code) => fail(new Error(`process exited ${code}: ${out}`)));
  });
}

async function runScenario(agents: SimAgent[], batch: number, pid: number): Promise<Result> {
  const latencies: number[] = [];
  const counter = { events: 0 };
  const start = performance.now();
  const from = start + WARMUP_MS;
  const until = from + seconds * 1000;
  const sampler = rssSampler(pid);
  let cpuAtStart = 0;
  const cpuTimer = setTimeout(() => (cpuAtStart = cpuSeconds(pid)), WARMUP_MS);
  await Promise.all(agents.map((a) => a.loop(batch, from, until, latencies, counter)));
  clearTimeout(cpuTimer);
  const cpu = (cpuSeconds(pid) - cpuAtStart) / ((performance.now() - from) / 1000);
  const rss = sampler.stop();
  latencies.sort((x, y) => x - y);
  return { cpu, eventsPerSec: counter.events / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), rss };
}

async function benchMamori(dataDir: string) {
  const { child, match } = await startProcess(
    [join(root, 'dist/cli/mamori.js'), 'serve', '--data', dataDir, '--listen', '127.0.0.1:0'],
    /listening on (wss:\/\/\S+)\n[\s\S]*?(SHA256:\S+)/,
  );
  const [, url, fingerprint] = match as unknown as [string, string, string];
  const control = await ControlClient.connect(join(dataDir, 'control.sock'));
  // The per-agent rate limit is a policy against misbehaving PCs, not a capacity limit: lift it here.
  await control.call('settings.update', { patch: { rateLimit: { eventsPerSecond: 1e9, burst: 1e9 } } });
  const token = await control.call('token.create', { uses: IDLE_AGENTS, ttlMs: 3_600_000 });
  const agents = Array.from({ length: IDLE_AGENTS }, () => new SimAgent());
  const t0 = performance.now();
  await inBatches(agents, 20, (a) => a.enroll(url, fingerprint, token.token));
  process.stderr.write(`enrolled ${agents.length} agents in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

  const results = new Map<string, Result>();
  for (const s of SCENARIOS) {
    const group = agents.slice(0, s.n);
    await inBatches(group, 50, (a) => a.auth(url, fingerprint));
    results.set(`${s.n}x${s.b}`, await runScenario(group, s.b, child.pid!));
    group.forEach((a) => a.close());
    const r = results.get(`${s.n}x${s.b}`)!;
    process.stderr.write(`mamori ${s.n} agents x ${s.b}: ${Math.round(r.eventsPerSec)} events/s, daemon CPU ${r.cpu.toFixed(2)} cores\n`);
    await new Promise((r) => setTimeout(r, 500));
  }
  let idleRss = NaN;
  if (!process.env.BENCH_ONLY) {
    await inBatches(agents, 50, (a) => a.auth(url, fingerprint));
    await new Promise((r) => setTimeout(r, 3000));
    idleRss = rssMiB(child.pid!);
  }
  agents.forEach((a) => a.close());
  control.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { results, idleRss };
}

async function benchRaw(dir: string, tlsDir: string) {
  const { child, match } = await startProcess(
    [join(root, 'dist/bench/raw-baseline-server.js'), join(dir, 'raw.jsonl'), join(tlsDir, 'server.crt'), join(tlsDir, 'server.key'), '20'],
    /listening (\d+)/,
  );
  const url = `wss://127.0.0.1:${match[1]}`;
  const results = new Map<string, Result>();
  for (const s of SCENARIOS) {
    const group = Array.from({ length: s.n }, () => new SimAgent());
    await inBatches(group, 50, (a) => a.connectRaw(url));
    results.set(`${s.n}x${s.b}`, await runScenario(group, s.b, child.pid!));
    group.forEach((a) => a.close());
    const r = results.get(`${s.n}x${s.b}`)!;
    process.stderr.write(`raw    ${s.n} agents x ${s.b}: ${Math.round(r.eventsPerSec)} events/s, server CPU ${r.cpu.toFixed(2)} cores\n`);
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return results;
}

const dir = await mkdtemp(join(tmpdir(), 'mamori-bench-'));
try {
  process.stderr.write(`machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${seconds} s per scenario after ${WARMUP_MS / 1000} s warm-up\n`);
  const mamori = await benchMamori(join(dir, 'box'));
  const raw = await benchRaw(dir, join(dir, 'box', 'tls'));
  const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  const rows = SCENARIOS.map(({ n, b }) => {
    const m = mamori.results.get(`${n}x${b}`)!;
    const r = raw.get(`${n}x${b}`)!;
    return `| ${n} x ${b} | ${fmt(m.eventsPerSec)} | ${fmt(m.p50, 1)} / ${fmt(m.p99, 1)} | ${fmt(m.cpu, 2)} | ${fmt(m.rss)} | ${fmt(r.eventsPerSec)} | ${fmt(r.p50, 1)} / ${fmt(r.p99, 1)} | ${fmt(r.cpu, 2)} | ${fmt((100 * m.eventsPerSec) / r.eventsPerSec)} % |`;
  });
  process.stdout.write(
    [
      '',
      '| agents x batch | Mamori events/s | ack p50 / p99 ms | daemon CPU (cores) | daemon peak RSS MiB | raw events/s | raw ack p50 / p99 ms | raw CPU | Mamori / raw |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `${IDLE_AGENTS} idle authenticated agents: daemon RSS ${fmt(mamori.idleRss)} MiB (target < 300)`,
      `target: Mamori >= 50 % of raw at 500 x 100`,
      '',
    ].join('\n'),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
