// Vendor names for products SecurityCenter2 lists only by display name; the ones sold in Japan first.
const VENDORS: Array<[RegExp, string]> = [
  [/ウイルスバスター|trend ?micro|apex ?one/i, 'Trend Micro'],
  [/eset/i, 'ESET'],
  [/norton|symantec/i, 'Gen Digital'],
  [/avast|avg/i, 'Gen Digital'],
  [/mcafee/i, 'McAfee'],
  [/kaspersky|カスペルスキー/i, 'Kaspersky'],
  [/sophos/i, 'Sophos'],
  [/bitdefender/i, 'Bitdefender'],
  [/crowdstrike|falcon/i, 'CrowdStrike'],
  [/sentinel ?one/i, 'SentinelOne'],
  [/f-secure|withsecure/i, 'WithSecure'],
  [/defender|microsoft/i, 'Microsoft'],
];

export function vendorOf(name: string): string | undefined {
  return VENDORS.find(([re]) => re.test(name))?.[1];
}
