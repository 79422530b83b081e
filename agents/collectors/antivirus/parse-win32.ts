// Windows `antivirus` section from the posture snapshot: one product per SecurityCenter2 entry, and
// Defender's own status (MSFT_MpComputerStatus) where SecurityCenter2 does not exist (Windows Server)
// or to date the signatures of the Defender entry.
import { asRecord, num, records, str } from '../json-values.js';
import { bool, winDate } from '../windows/json.js';
import { decodeProductState } from './product-state.js';
import type { AntivirusSection, AvProduct } from './schema.js';
import { MAX_SIGNATURE_AGE_DAYS } from './schema.js';
import { vendorOf } from './vendors.js';

const DEFENDER_NAME = 'Microsoft Defender Antivirus';

export function parseAntivirusWin32(posture: Record<string, unknown>, now: Date = new Date()): AntivirusSection {
  const defender = asRecord(posture.defender);
  const hasDefender = Object.keys(defender).length > 0;
  const products: AvProduct[] = [];
  for (const p of records(posture.av)) {
    const name = str(p.displayName);
    const ps = num(p.productState);
    if (name === undefined || ps === undefined) continue;
    const d = decodeProductState(ps);
    const product: AvProduct = {
      name,
      enabled: d.state === 'on',
      upToDate: d.upToDate,
      state: d.state,
      source: 'SecurityCenter2',
      productState: ps,
    };
    const vendor = d.microsoft ? 'Microsoft' : vendorOf(name);
    if (vendor !== undefined) product.vendor = vendor;
    if (d.microsoft && hasDefender) {
      const sig = defenderSignature(defender);
      Object.assign(product, sig);
      if (/passive/i.test(str(defender.AMRunningMode) ?? '')) product.passive = true;
    }
    products.push(product);
  }
  if (products.length === 0 && hasDefender) products.push(defenderProduct(defender, now));
  return { products };
}

function defenderSignature(d: Record<string, unknown>): Pick<AvProduct, 'signatureDate' | 'signatureVersion'> {
  const out: Pick<AvProduct, 'signatureDate' | 'signatureVersion'> = {};
  const date = winDate(d.AntivirusSignatureLastUpdated);
  const version = str(d.AntivirusSignatureVersion);
  if (date !== undefined) out.signatureDate = date;
  if (version !== undefined) out.signatureVersion = version;
  return out;
}

// Windows Server: Defender is the product when it is installed; "enabled" needs the service and the
// antivirus engine on, and Passive Mode (another AV is primary) counts as not enabled.
function defenderProduct(d: Record<string, unknown>, now: Date): AvProduct {
  const mode = str(d.AMRunningMode) ?? '';
  const passive = /passive/i.test(mode);
  const enabled = bool(d.AMServiceEnabled) === true && bool(d.AntivirusEnabled) === true && !passive;
  const sig = defenderSignature(d);
  const age =
    num(d.AntivirusSignatureAge) ??
    (sig.signatureDate === undefined ? undefined : (now.getTime() - Date.parse(sig.signatureDate)) / 86_400_000);
  const product: AvProduct = {
    name: DEFENDER_NAME,
    vendor: 'Microsoft',
    enabled,
    upToDate: age === undefined ? null : age <= MAX_SIGNATURE_AGE_DAYS,
    state: enabled ? 'on' : 'off',
    source: 'MSFT_MpComputerStatus',
    ...sig,
  };
  if (passive) product.passive = true;
  return product;
}
