// `npm run bench:discovery`: SNMP discovery sweeps against recorded real devices served by net-snmp
// agents on 127.77.x.y loopback addresses (some hosts silent), measured in this process while the
// agents run in a child. Prints wall time against the timeout floor (a silent host costs one full
// timeout, so no sweep can beat it) and the sweeping process's extra RSS.
// Targets: within 1.5x the floor, under 50 MB extra RSS (issue 3). Loopback only.
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discover } from '../appliance/discovery/discover.js';
import { cpuSeconds, rssMiB, rssSampler } from './measure.js';
import { loadSnmprec, serveRecording, type Served } from './snmprec-agents.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RECORDINGS = join(root, 'appliance/discovery/fixtures/snmprec');
const PORT = Number(process.env.BENCH_SNMP_PORT ?? 16161);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 1000);

interface Scenario { name: string; hosts: string[]; answering: string[] }

/** `count` hosts from 127.77.0.1 on; every `silentEvery`-th one has no agent. */
function scenario(name: string, count: number, silentEvery: number): Scenario {
  const hosts = Array.from({ length: count }, (_, i) => `127.77.${Math.floor((i + 1) / 256)}.${(i + 1) % 256}`).filter((h) => !h.endsWith('.0') && !h.endsWith('.255'));
  return { name, hosts, answering: hosts.filter((_, i) => i % silentEvery !== 0) };
}

const SCENARIOS = [scenario('/24 (254 hosts)', 255, 5), scenario('1,000 targets', 1004, 4)];

async function serveAgents(addresses: string[]): Promise<void> {
  const files = readdirSync(RECORDINGS).filter((f) => f.endsWith('.snmprec')).sort();
  const recs = files.map((f) => loadSnmprec(join(RECORDINGS, f)));
  const served: Served[] = addresses.map((a, i) => serveRecording(a, PORT, recs[i % recs.length]!));
  process.send?.({ ready: served.length });
  process.on('message', async () => {
    await Promise.all(served.map((s) => s.close()));
    process.exit(0);
  });
}

/** The agents are the simulator, not the subject: spread them over a few processes (BENCH_AGENT_PROCS). */
const AGENT_PROCS = Number(process.env.BENCH_AGENT_PROCS ?? 1);

async function startAgents(addresses: string[]): Promise<ChildProcess[]> {
  const parts = Array.from({ length: AGENT_PROCS }, (_, k) => addresses.filter((_, i) => i % AGENT_PROCS === k)).filter((p) => p.length);
  return Promise.all(
    parts.map(async (part) => {
      const child = fork(fileURLToPath(import.meta.url), ['--agents', ...part], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      await new Promise<void>((r, reject) => {
        child.once('message', () => r());
        child.once('exit', (code) => reject(new Error(`agents exited early (${code})`)));
      });
      return child;
    }),
  );
}

async function run(s: Scenario): Promise<void> {
  const children = await startAgents(s.answering);
  try {
    global.gc?.();
    const before = rssMiB(process.pid);
    const peak = rssSampler(process.pid, 20);
    const cpu0 = process.cpuUsage();
    const simCpu0 = children.map((c) => cpuSeconds(c.pid!));
    const result = await discover({ snmpTargets: s.hosts.map((h) => `${h}:${PORT}`), communities: ['public'], mdnsInterfaces: [], timeoutMs: TIMEOUT_MS, browseWindowMs: 1000 });
    const extra = peak.stop() - before;
    const ms = result.stats.ms;
    const cpu = process.cpuUsage(cpu0);
    const ourCpu = (cpu.user + cpu.system) / 1e3;
    const simCpu = children.reduce((sum, c, i) => sum + (cpuSeconds(c.pid!) - simCpu0[i]!) * 1000, 0);
    const types = new Map<string, number>();
    for (const d of result.devices) types.set(d.type, (types.get(d.type) ?? 0) + 1);
    console.log(
      `${s.name.padEnd(16)} targets ${String(s.hosts.length).padStart(4)}  answering ${String(s.answering.length).padStart(4)}  found ${String(result.devices.length).padStart(4)}` +
        `  wall ${String(ms).padStart(5)} ms  floor ${TIMEOUT_MS} ms  ratio ${(ms / TIMEOUT_MS).toFixed(2)}x (target <= 1.50x)` +
        `  extra RSS ${extra.toFixed(1)} MiB (target < 50)  malformed ${result.stats.snmpMalformed}`,
    );
    console.log(`${''.padEnd(16)} CPU during the sweep: discovery ${ourCpu.toFixed(0)} ms, simulated devices ${simCpu.toFixed(0)} ms (same 2 cores)`);
    console.log(`${''.padEnd(16)} types: ${[...types].map(([t, n]) => `${t} ${n}`).join(', ')}`);
    if (result.devices.length !== s.answering.length) console.log(`${''.padEnd(16)} WARNING: ${s.answering.length - result.devices.length} answering agents were not found`);
  } finally {
    await Promise.all(children.map((c) => new Promise((r) => (c.once('exit', r), c.send('stop')))));
  }
}

if (process.argv[2] === '--agents') {
  await serveAgents(process.argv.slice(3));
} else {
  console.log(`discovery sweep benchmark: node ${process.version}, SNMP v2c timeout ${TIMEOUT_MS} ms, agents on 127.77.x.y:${PORT} (recordings: ${RECORDINGS})`);
  for (const s of SCENARIOS) await run(s);
}
