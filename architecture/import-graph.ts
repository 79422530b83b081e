// Reads the real import graph (static, type-only, re-exports and dynamic import()) of our TypeScript
// files with the TypeScript scanner, and checks it against rules.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { applianceNode, HARNESSES, RULES } from './rules.js';

export interface Edge {
  from: string;
  to: string;
}

const ROOTS = ['common', 'protocol', 'appliance', 'agents', 'tui', 'cli', 'scripts', 'bench', 'e2e', 'image', 'test-support', 'architecture'];

/** A test or a test helper: rules for product code do not apply to it (yet: see README). */
export function isTestFile(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || file.includes('/test-utils/');
}

function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(join(root, dir))) return;
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== 'fixtures') walk(rel);
      } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const r of ROOTS) walk(r);
  return out.sort();
}

function resolveImport(root: string, from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null; // a package
  const target = normalize(join(dirname(from), spec)).replaceAll('\\', '/');
  for (const candidate of [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target, `${target}.ts`, `${target}/index.ts`]) {
    if (existsSync(join(root, candidate))) return relative(root, join(root, candidate)).replaceAll('\\', '/');
  }
  return target;
}

/** Every import edge between our files, from the sources under `root`. */
export function readImportGraph(root: string): { files: string[]; edges: Edge[] } {
  const files = sourceFiles(root);
  const edges: Edge[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      const to = resolveImport(root, file, fileName);
      if (to !== null) edges.push({ from: file, to });
    }
  }
  return { files, edges };
}

export interface Violation {
  edge: Edge;
  reason: string;
}

const partOf = (file: string) => [...RULES].filter((r) => file.startsWith(r.part)).sort((a, b) => b.part.length - a.part.length)[0];

/** Edges that break a rule: a forbidden part, or product code importing a harness. */
export function forbiddenEdges(edges: readonly Edge[]): Violation[] {
  const out: Violation[] = [];
  for (const edge of edges) {
    if (isTestFile(edge.from)) continue;
    const harness = HARNESSES.find((h) => edge.to.startsWith(h));
    if (harness && !HARNESSES.some((h) => edge.from.startsWith(h)) && !edge.from.startsWith('scripts/')) {
      out.push({ edge, reason: `product code imports the harness ${harness}` });
      continue;
    }
    const rule = partOf(edge.from);
    if (!rule || edge.to.startsWith(rule.part)) continue;
    if (!rule.may.some((m) => edge.to === m || edge.to.startsWith(m))) out.push({ edge, reason: `${rule.part} may import only ${rule.may.join(', ') || 'nothing of ours'}: ${rule.why}` });
  }
  return out;
}

/** Cycles between appliance/ folders (product code), each as the list of folders around it. */
export function applianceCycles(edges: readonly Edge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (isTestFile(from)) continue;
    const a = applianceNode(from);
    const b = applianceNode(to);
    if (!a || !b || a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  // Tarjan's strongly connected components: any component of more than one folder is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}
