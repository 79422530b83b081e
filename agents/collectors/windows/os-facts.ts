// What Windows this is, from the CurrentVersion registry key (and Win32_OperatingSystem as a fallback).
// ProductName is not to be trusted for the major version: Windows 11 still says "Windows 10" there,
// and build >= 22000 is what makes it 11.
import { asRecord, num, str } from '../json-values.js';

export interface WindowsOs {
  /** "Windows 11 Pro", "Windows Server 2022 Standard". */
  productName: string;
  /** Registry EditionID: Core, Professional, Enterprise, EnterpriseS (LTSC), ServerStandard, ... */
  edition?: string;
  /** 22H2, 23H2, ... (DisplayVersion, or ReleaseId on builds before 20H2). */
  displayVersion?: string;
  build?: number;
  ubr?: number;
  server: boolean;
}

export const WINDOWS_11_FIRST_BUILD = 22000;

export function windowsOs(cvRaw: unknown, osRaw: unknown): WindowsOs {
  const cv = asRecord(cvRaw);
  const os = asRecord(osRaw);
  const build = num(cv.CurrentBuild) ?? num(os.BuildNumber);
  const edition = str(cv.EditionID);
  // Win32_OperatingSystem.ProductType: 1 workstation, 2 domain controller, 3 server.
  const productType = num(os.ProductType);
  const server =
    (productType !== undefined && productType !== 1) ||
    /server/i.test(str(cv.InstallationType) ?? '') ||
    /^server/i.test(edition ?? '');
  let productName = str(cv.ProductName) ?? str(os.Caption)?.replace(/^Microsoft\s+/, '') ?? 'Windows';
  if (!server && build !== undefined && build >= WINDOWS_11_FIRST_BUILD) productName = productName.replace(/Windows 10\b/, 'Windows 11');
  const out: WindowsOs = { productName, server };
  if (edition !== undefined) out.edition = edition;
  const dv = str(cv.DisplayVersion) ?? str(cv.ReleaseId);
  if (dv !== undefined) out.displayVersion = dv;
  if (build !== undefined) out.build = build;
  const ubr = num(cv.UBR);
  if (ubr !== undefined) out.ubr = ubr;
  return out;
}

/** "22631.4460", or the bare build when UBR is unknown. */
export function buildString(os: WindowsOs): string | undefined {
  if (os.build === undefined) return undefined;
  return os.ubr === undefined ? String(os.build) : `${os.build}.${os.ubr}`;
}
