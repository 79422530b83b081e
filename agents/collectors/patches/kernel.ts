// Running versus newest installed kernel: a newer one installed but not booted means a reboot is due.

/** Natural order of version strings: "6.1.0-9" < "6.1.0-25". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return 0;
}

export function newestKernel(installed: string[]): string | undefined {
  return [...installed].sort(compareVersions).pop();
}
