// The agent logs like the box: one line per event on stderr. A copy rather than an import, because
// agents/ ships without the appliance.
export type AgentLog = {
  debug(msg: string, f?: Record<string, unknown>): void;
  info(msg: string, f?: Record<string, unknown>): void;
  warn(msg: string, f?: Record<string, unknown>): void;
  error(msg: string, f?: Record<string, unknown>): void;
};

const ORDER = { debug: 10, info: 20, warn: 30, error: 40 } as const;

export function createAgentLog(write: (line: string) => void = (l) => process.stderr.write(l + '\n')): AgentLog {
  const env = process.env.MAMORI_LOG_LEVEL as keyof typeof ORDER | undefined;
  const min = ORDER[env && env in ORDER ? env : 'info'];
  const emit = (level: keyof typeof ORDER) => (msg: string, f?: Record<string, unknown>) => {
    if (ORDER[level] < min) return;
    let line = `level=${level} component=agent msg=${JSON.stringify(msg)}`;
    for (const [k, v] of Object.entries(f ?? {})) if (v !== undefined) line += ` ${k}=${typeof v === 'string' ? JSON.stringify(v) : v instanceof Error ? JSON.stringify(v.message) : JSON.stringify(v)}`;
    write(line);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
