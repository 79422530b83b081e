// Parsers for the Linux firewall tools' output.

interface NftItem {
  chain?: { family?: string; table?: string; name?: string; hook?: string; policy?: string };
  rule?: { family?: string; table?: string; chain?: string };
}

/**
 * `nft -j list ruleset`: filtering is on when a base chain hooked on input drops by default or holds
 * rules. NAT/forward chains (Docker's) do not protect the host itself.
 */
export function nftFiltersInput(json: string): { enabled: boolean; detail: string } | null {
  let doc: { nftables?: NftItem[] };
  try {
    doc = JSON.parse(json) as { nftables?: NftItem[] };
  } catch {
    return null;
  }
  const items = Array.isArray(doc.nftables) ? doc.nftables : [];
  const inputChains = items.map((i) => i.chain).filter((c) => c !== undefined && c.hook === 'input');
  let best: { enabled: boolean; detail: string } = { enabled: false, detail: 'no input chain' };
  for (const c of inputChains) {
    const key = `${c!.family} ${c!.table} ${c!.name}`;
    const rules = items.filter((i) => i.rule && `${i.rule.family} ${i.rule.table} ${i.rule.chain}` === key).length;
    const drop = c!.policy === 'drop';
    if (drop || rules > 0) return { enabled: true, detail: `${key}: policy ${c!.policy ?? 'accept'}, ${rules} rules` };
    best = { enabled: false, detail: `${key}: policy accept, no rules` };
  }
  return best;
}

/** `iptables -S INPUT`: "-P INPUT DROP" or any "-A INPUT" rule. */
export function iptablesFiltersInput(text: string): { enabled: boolean; detail: string } {
  const policy = /^-P INPUT (\S+)/m.exec(text)?.[1] ?? 'ACCEPT';
  const rules = text.split('\n').filter((l) => l.startsWith('-A INPUT')).length;
  return { enabled: policy !== 'ACCEPT' || rules > 0, detail: `policy ${policy}, ${rules} rules` };
}

/** /etc/ufw/ufw.conf: ENABLED=yes. */
export function ufwEnabled(conf: string): boolean {
  return /^\s*ENABLED\s*=\s*"?yes"?\s*$/im.test(conf);
}
