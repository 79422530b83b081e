// A small glob for --exclude (Node 20 has no path.matchesGlob): `**` any depth, `*` and `?`
// within one path segment. A pattern without a slash matches a name at any depth, like .gitignore.
export function globToRegExp(pattern: string): RegExp {
  const p = pattern.replace(/\\/g, '/').replace(/\/+$/, '');
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const anchored = p.includes('/') ? `^${re}` : `(?:^|/)${re}`;
  // A matched directory excludes everything below it.
  return new RegExp(`${anchored}(?:/.*)?$`, 'i');
}

export function makeExcluder(patterns: readonly string[]): (relativePath: string) => boolean {
  const res = patterns.map(globToRegExp);
  return (rel) => res.some((r) => r.test(rel));
}
