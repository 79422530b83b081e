// /proc/cpuinfo and /proc/meminfo parsers.

export interface CpuFacts {
  model?: string;
  threads?: number;
  cores?: number;
}

export function parseCpuinfo(text: string): CpuFacts {
  const blocks = text.split(/\n\s*\n/).map(parseBlock).filter((b) => b.size > 0);
  const procs = blocks.filter((b) => b.has('processor'));
  const out: CpuFacts = {};
  // x86 says `model name`; older ARM kernels say `Processor`; MIPS says `cpu model`.
  for (const b of blocks) {
    const m = b.get('model name') ?? b.get('Processor') ?? b.get('cpu model');
    if (m) {
      out.model = m.replace(/\s+/g, ' ');
      break;
    }
  }
  if (procs.length > 0) out.threads = procs.length;
  const coreIds = new Set<string>();
  for (const b of procs) {
    const core = b.get('core id');
    if (core !== undefined) coreIds.add(`${b.get('physical id') ?? '0'}/${core}`);
  }
  if (coreIds.size > 0) out.cores = coreIds.size;
  else if (out.threads !== undefined) out.cores = out.threads;
  return out;
}

function parseBlock(block: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of block.split('\n')) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const k = line.slice(0, i).trim();
    if (k !== '' && !m.has(k)) m.set(k, line.slice(i + 1).trim());
  }
  return m;
}

export function parseMemTotal(meminfo: string): number | null {
  const m = /^MemTotal:\s+(\d+)\s*kB$/m.exec(meminfo);
  return m ? Number(m[1]) * 1024 : null;
}
