// The `software` section: installed packages from the platform's package managers, sorted.
import { z } from 'zod';

export const Package = z.object({
  /** dpkg, rpm, apk on Linux; `registry` on Windows (Uninstall keys); `app` on macOS. */
  manager: z.string(),
  name: z.string().min(1),
  version: z.string(),
  arch: z.string().optional(),
  /** Publisher (Windows Uninstall key) or signer (macOS), when the platform records one. */
  vendor: z.string().optional(),
});
export type Package = z.infer<typeof Package>;

export const SoftwareSection = z.object({ packages: z.array(Package) });
export type SoftwareSection = z.infer<typeof SoftwareSection>;

/** Stable order: manager, name, arch, version. */
export function sortPackages(packages: Package[]): Package[] {
  const key = (p: Package) => [p.manager, p.name, p.arch ?? '', p.version];
  return packages.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  });
}
