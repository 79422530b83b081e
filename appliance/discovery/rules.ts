// Classification as data. Each rule has a stable id that lands in the device's evidence, so a wrong
// guess can be reported as "rule X matched" and fixed here, in one table, without touching code.
import { OID } from './oids.js';

export const DEVICE_TYPES = ['printer', 'mfp', 'switch', 'router', 'firewall', 'nas', 'ups', 'ap', 'phone', 'camera', 'server', 'pc', 'other'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

/** IANA private enterprise numbers -> vendor names as an office would write them. */
export const ENTERPRISE_VENDORS: Readonly<Record<number, string>> = {
  9: 'Cisco', 11: 'HP', 119: 'NEC', 207: 'Allied Telesis', 253: 'Xerox', 297: 'Fuji Xerox', 311: 'Microsoft',
  318: 'APC', 367: 'Ricoh', 674: 'Dell', 1182: 'Yamaha', 1248: 'Epson', 1347: 'Kyocera', 1602: 'Canon',
  2011: 'Huawei', 2385: 'Sharp', 2435: 'Brother', 4526: 'NETGEAR', 6574: 'Synology', 12356: 'Fortinet',
  14823: 'Aruba', 18334: 'Konica Minolta', 24681: 'QNAP', 25506: 'HPE', 41112: 'Ubiquiti', 47196: 'HPE Aruba',
};

/** Enterprises that say nothing about the maker (net-snmp's generic agent hides Synology, QNAP, appliances). */
export const GENERIC_ENTERPRISES: ReadonlySet<number> = new Set([8072, 2021]);

/** Conditions are ANDed; a rule with none never matches. Values are looked up in the host's SNMP answers. */
export interface Condition {
  sysObjectIdPrefix?: string;
  sysDescr?: RegExp;
  /** some answered OID starts with this prefix (MIB presence) */
  oidPresent?: string;
  /** the value at this exact OID, or at any OID under it (walked tables), matches */
  oidValue?: { oid: string; pattern: RegExp };
  /** the already-derived model matches (for "FS-1028MFP" style names) */
  model?: RegExp;
  /** an mDNS service of this type was announced by the device */
  mdnsType?: string;
}

export interface TypeRule extends Condition { id: string; type: DeviceType }
export interface VendorRule extends Condition { id: string; vendor: string }
export interface FieldRule extends Condition {
  id: string;
  field: 'model' | 'serial' | 'firmware';
  /** take the value at this OID (group 1 of `extract` if given) */
  from?: string;
  /** take group 1 of this pattern applied to sysDescr */
  fromSysDescr?: RegExp;
  extract?: RegExp;
}

const ent = (n: number, rest = '') => `1.3.6.1.4.1.${n}${rest}`;
const PRINTER_MAKERS = /^(?:KONICA MINOLTA|Canon\b|RICOH|KYOCERA|EPSON|SHARP|Brother|Xerox|FUJI ?XEROX|FUJIFILM|Lexmark|OKI)/i;

// Order matters: the first matching rule decides. Specific (MFP, vendor OIDs) before generic.
export const TYPE_RULES: readonly TypeRule[] = [
  { id: 'type.apc-ems', type: 'other', sysObjectIdPrefix: ent(318, '.1.3.8') },
  { id: 'type.hr-device-mfp', type: 'mfp', oidValue: { oid: OID.hrDeviceDescr, pattern: /copier|multi-?functional|facsimile|\bfax\b/i } },
  { id: 'type.sysdescr-mfp', type: 'mfp', sysDescr: /scanner|facsimile|\bMFP\b|\bMFC-/i },
  { id: 'type.model-mfp', type: 'mfp', model: /MFP|^MFC-|^iR-ADV|^bizhub|^imageRUNNER|^ApeosPort|^DocuCentre|^TASKalfa|^MX-/i },
  { id: 'type.mdns-scanner', type: 'mfp', mdnsType: '_uscan._tcp' },
  { id: 'type.printer-mib', type: 'printer', oidPresent: '1.3.6.1.2.1.43' },
  { id: 'type.hr-device-printer', type: 'printer', oidValue: { oid: OID.hrDeviceType1, pattern: /^1\.3\.6\.1\.2\.1\.25\.3\.1\.5$/ } },
  { id: 'type.hp-jetdirect', type: 'printer', sysObjectIdPrefix: ent(11, '.2.3.9') },
  ...[367, 1347, 1248, 1602, 2385, 2435, 18334, 253, 297].map((n): TypeRule => ({ id: `type.printer-vendor-${n}`, type: 'printer', sysObjectIdPrefix: ent(n) })),
  { id: 'type.printer-sysdescr', type: 'printer', sysDescr: PRINTER_MAKERS },
  { id: 'type.mdns-ipp', type: 'printer', mdnsType: '_ipp._tcp' },
  { id: 'type.mdns-printer', type: 'printer', mdnsType: '_printer._tcp' },
  { id: 'type.synology', type: 'nas', oidPresent: ent(6574, '.1') },
  { id: 'type.synology-hr', type: 'nas', oidValue: { oid: OID.hrSystemInitialLoadParameters, pattern: /syno_hw_version/ } },
  { id: 'type.qnap', type: 'nas', sysObjectIdPrefix: ent(24681) },
  { id: 'type.nas-sysdescr', type: 'nas', sysDescr: /TeraStation|LinkStation|LANDISK|DiskStation|\bNAS\b/i },
  { id: 'type.ups-mib', type: 'ups', oidPresent: '1.3.6.1.2.1.33.1.1' },
  { id: 'type.apc', type: 'ups', sysObjectIdPrefix: ent(318) },
  { id: 'type.fortinet', type: 'firewall', sysObjectIdPrefix: ent(12356) },
  { id: 'type.yamaha', type: 'router', sysObjectIdPrefix: ent(1182) },
  { id: 'type.router-sysdescr', type: 'router', sysDescr: /^RTX\d|\bIX\d{4}\b|UNIVERGE IX|\brouter\b(?!\/switch)/i },
  { id: 'type.aruba-controller', type: 'ap', sysObjectIdPrefix: ent(14823) },
  { id: 'type.ap-sysdescr', type: 'ap', sysDescr: /access point|\bAP\d{2,}/i },
  { id: 'type.switch-vendor-207', type: 'switch', sysObjectIdPrefix: ent(207) },
  { id: 'type.switch-vendor-4526', type: 'switch', sysObjectIdPrefix: ent(4526) },
  { id: 'type.switch-sysdescr', type: 'switch', sysDescr: /switch|Catalyst|C2950|C29[0-9]0|C3[5-9][0-9]0|ProSafe|ProCurve/i },
  { id: 'type.mdns-smb', type: 'nas', mdnsType: '_smb._tcp' },
  { id: 'type.linux-agent', type: 'server', sysObjectIdPrefix: '1.3.6.1.4.1.8072.3.2.10' },
];

// Used when the sysObjectID names no maker (or there is none).
export const VENDOR_RULES: readonly VendorRule[] = [
  { id: 'vendor.synology', vendor: 'Synology', oidPresent: ent(6574, '.1') },
  { id: 'vendor.synology-hr', vendor: 'Synology', oidValue: { oid: OID.hrSystemInitialLoadParameters, pattern: /syno_hw_version/ } },
  { id: 'vendor.buffalo', vendor: 'Buffalo', sysDescr: /^BUFFALO\b/i },
  { id: 'vendor.konica', vendor: 'Konica Minolta', sysDescr: /^KONICA MINOLTA/i },
  { id: 'vendor.canon', vendor: 'Canon', sysDescr: /^Canon\b/i },
  { id: 'vendor.yamaha', vendor: 'Yamaha', sysDescr: /^RTX\d/ },
  { id: 'vendor.nec-ix', vendor: 'NEC', sysDescr: /\bIX\d{4}\b|UNIVERGE IX/ },
  { id: 'vendor.ups-mib', vendor: '', oidPresent: OID.upsIdentManufacturer },
];

const VENDOR_PREFIX = /^(?:Brother|EPSON|SHARP|Canon|RICOH|KYOCERA|HP|Hewlett-Packard|Xerox|KONICA MINOLTA|FUJIFILM|FUJI XEROX)\s+(.+?)(?:\s+series)?$/i;

// Per field, the first rule that yields a non-empty value wins.
export const FIELD_RULES: readonly FieldRule[] = [
  // model
  { id: 'model.kyocera', field: 'model', from: ent(1347, '.43.5.1.1.1.1') },
  { id: 'model.synology', field: 'model', from: ent(6574, '.1.5.1.0') },
  { id: 'model.canon', field: 'model', from: ent(1602, '.1.1.1.1.0') },
  { id: 'model.xerox-1284', field: 'model', from: ent(253, '.8.51.1.2.1.20.1'), extract: /MDL:([^;]+)/ },
  { id: 'model.apc', field: 'model', from: ent(318, '.1.1.1.1.1.1.0') },
  { id: 'model.ups-mib', field: 'model', from: OID.upsIdentModel },
  { id: 'model.entity', field: 'model', from: 'entity.model' },
  { id: 'model.hr-printer', field: 'model', from: OID.hrDeviceDescr1, extract: VENDOR_PREFIX, oidValue: { oid: OID.hrDeviceType1, pattern: /^1\.3\.6\.1\.2\.1\.25\.3\.1\.5$/ } },
  { id: 'model.apc-sysdescr', field: 'model', fromSysDescr: /\bMN:(\S+)/ },
  { id: 'model.ricoh-sysdescr', field: 'model', fromSysDescr: /^RICOH (.+?) [\d.]+ \// },
  { id: 'model.buffalo-sysdescr', field: 'model', fromSysDescr: /^BUFFALO (.+?) Ver\./i },
  { id: 'model.cisco-sysdescr', field: 'model', fromSysDescr: /IOS \(tm\) (\S+) Software|Cisco IOS Software, (\S+) Software/ },
  { id: 'model.yamaha-sysdescr', field: 'model', fromSysDescr: /^(RTX\d+\w*)/ },
  { id: 'model.nec-sysdescr', field: 'model', fromSysDescr: /\b(IX\d{4})\b/ },
  { id: 'model.vendor-sysdescr', field: 'model', fromSysDescr: /^(?:SHARP|KONICA MINOLTA|Canon|EPSON|Xerox) ([^;,\n]+?)\s*(?:[;,\n]|$)/ },
  // serial
  { id: 'serial.kyocera', field: 'serial', from: ent(1347, '.43.5.1.1.28.1') },
  { id: 'serial.brother', field: 'serial', from: ent(2435, '.2.3.9.4.2.1.5.5.1.0') },
  { id: 'serial.ricoh', field: 'serial', from: ent(367, '.3.2.1.2.1.4.0') },
  { id: 'serial.synology', field: 'serial', from: ent(6574, '.1.5.2.0') },
  { id: 'serial.fortinet', field: 'serial', from: ent(12356, '.100.1.1.1.0') },
  { id: 'serial.apc', field: 'serial', from: ent(318, '.1.1.1.1.2.3.0') },
  { id: 'serial.printer-mib', field: 'serial', from: OID.prtGeneralSerialNumber1 },
  { id: 'serial.entity', field: 'serial', from: 'entity.serial' },
  { id: 'serial.apc-sysdescr', field: 'serial', fromSysDescr: /\bSN: ?(\S+)/ },
  // firmware
  { id: 'firmware.kyocera', field: 'firmware', from: ent(1347, '.43.5.4.1.5.1.1') },
  { id: 'firmware.synology', field: 'firmware', from: ent(6574, '.1.5.3.0') },
  { id: 'firmware.fortinet', field: 'firmware', from: ent(12356, '.101.4.1.1.0') },
  { id: 'firmware.ups-mib', field: 'firmware', from: OID.upsIdentSoftwareVersion },
  { id: 'firmware.entity', field: 'firmware', from: 'entity.firmware' },
  { id: 'firmware.awplus', field: 'firmware', fromSysDescr: /AW\+ v(\S+)/ },
  { id: 'firmware.arubaos', field: 'firmware', fromSysDescr: /ArubaOS Version (\S+)/ },
  { id: 'firmware.yamaha', field: 'firmware', fromSysDescr: /^RTX\S* Rev\.(\S+)/ },
  { id: 'firmware.ios', field: 'firmware', fromSysDescr: /\bVersion ([^,\s]+)/ },
  { id: 'firmware.ver', field: 'firmware', fromSysDescr: /\bVer\.\s?([\d.]+\d)/ },
  { id: 'firmware.ricoh', field: 'firmware', fromSysDescr: /^RICOH .+? ([\d.]+) \// },
];

/** Sent to every host that answers the probe, in one or two packets: cheap identity for every rule above. */
export const IDENTITY_GETS: readonly string[] = [
  ...new Set(FIELD_RULES.flatMap((r) => (r.from && !r.from.startsWith('entity.') ? [r.from] : []))),
  OID.prtMarkerLifeCount11,
];

/**
 * Tables walked per host, side by side in the same GETNEXT packets, each capped so a huge or looping agent
 * cannot hold discovery hostage. `onlyIf` is judged on the first GET's answers; rows of a walk with
 * `keepIfRowsOf` are kept only when that other walk found rows.
 */
export interface Walk { oid: string; maxRows: number; onlyIf?: (values: Record<string, string>) => boolean; keepIfRowsOf?: string }

export const WALKS: readonly Walk[] = [
  { oid: OID.ifPhysAddress, maxRows: 64 },
  { oid: OID.entPhysicalClass, maxRows: 32 },
  { oid: OID.hrDeviceDescr, maxRows: 32, onlyIf: (v) => v[OID.hrDeviceType1] === OID.hrDeviceTypePrinter },
  // Always walked: its rows are also how Printer-MIB presence shows on printers without hrDevice rows.
  { oid: OID.prtMarkerSuppliesDescription, maxRows: 16 },
  { oid: OID.prtMarkerSuppliesLevel, maxRows: 16, keepIfRowsOf: OID.prtMarkerSuppliesDescription },
];
