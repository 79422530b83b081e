// The standard OIDs discovery reads, by name, so rules and the client speak the same words.
export const OID = {
  sysDescr: '1.3.6.1.2.1.1.1.0',
  sysObjectID: '1.3.6.1.2.1.1.2.0',
  sysContact: '1.3.6.1.2.1.1.4.0',
  sysName: '1.3.6.1.2.1.1.5.0',
  sysLocation: '1.3.6.1.2.1.1.6.0',
  ifPhysAddress: '1.3.6.1.2.1.2.2.1.6',
  hrSystemInitialLoadParameters: '1.3.6.1.2.1.25.1.4.0',
  hrDeviceType1: '1.3.6.1.2.1.25.3.2.1.2.1',
  hrDeviceDescr: '1.3.6.1.2.1.25.3.2.1.3',
  hrDeviceDescr1: '1.3.6.1.2.1.25.3.2.1.3.1',
  hrDeviceTypePrinter: '1.3.6.1.2.1.25.3.1.5',
  upsIdentManufacturer: '1.3.6.1.2.1.33.1.1.1.0',
  upsIdentModel: '1.3.6.1.2.1.33.1.1.2.0',
  upsIdentSoftwareVersion: '1.3.6.1.2.1.33.1.1.3.0',
  prtGeneralSerialNumber1: '1.3.6.1.2.1.43.5.1.1.17.1',
  prtMarkerLifeCount11: '1.3.6.1.2.1.43.10.2.1.4.1.1',
  prtMarkerSuppliesDescription: '1.3.6.1.2.1.43.11.1.1.6.1',
  prtMarkerSuppliesMaxCapacity: '1.3.6.1.2.1.43.11.1.1.8.1',
  prtMarkerSuppliesLevel: '1.3.6.1.2.1.43.11.1.1.9.1',
  entPhysicalClass: '1.3.6.1.2.1.47.1.1.1.1.5',
  entPhysicalFirmwareRev: '1.3.6.1.2.1.47.1.1.1.1.9',
  entPhysicalSoftwareRev: '1.3.6.1.2.1.47.1.1.1.1.10',
  entPhysicalSerialNum: '1.3.6.1.2.1.47.1.1.1.1.11',
  entPhysicalModelName: '1.3.6.1.2.1.47.1.1.1.1.13',
  enterprises: '1.3.6.1.4.1',
  netSnmpGeneric: '1.3.6.1.4.1.8072',
} as const;

/** The enterprise number in a sysObjectID ("1.3.6.1.4.1.367.1.1" -> 367), or null. */
export function enterpriseOf(sysObjectID: string | undefined): number | null {
  const m = /^\.?1\.3\.6\.1\.4\.1\.(\d+)/.exec(sysObjectID ?? '');
  return m ? Number(m[1]) : null;
}

export function stripDot(oid: string): string {
  return oid.startsWith('.') ? oid.slice(1) : oid;
}
