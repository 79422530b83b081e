// ClamAV signature databases start with a 512-byte text header:
// "ClamAV-VDB:<build time>:<version>:<signatures>:<functionality level>:<md5>:<dsig>:<builder>:<stime>"
// where build time reads "14 Nov 2024 09-46 +0000" (a '-' in the time, because ':' separates fields)
// and stime is the same moment in Unix seconds.

export interface CvdHeader {
  version: string;
  /** ISO 8601 UTC. */
  buildTime?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function parseCvdHeader(head: string): CvdHeader | null {
  const line = head.slice(0, 512).replace(/[\0\s]+$/, '');
  if (!line.startsWith('ClamAV-VDB:')) return null;
  const f = line.split(':');
  const version = f[2]?.trim();
  if (!version) return null;
  const out: CvdHeader = { version };
  const stime = Number(f[8]?.trim());
  if (Number.isInteger(stime) && stime > 0) out.buildTime = new Date(stime * 1000).toISOString();
  else {
    const m = /^(\d{1,2}) (\w{3}) (\d{4}) (\d{2})[-:](\d{2}) ([+-])(\d{2})(\d{2})$/.exec(f[1]?.trim() ?? '');
    const month = m ? MONTHS.indexOf(m[2]!) : -1;
    if (m && month >= 0) {
      const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
      out.buildTime = new Date(Date.UTC(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!) - offset * 60_000).toISOString();
    }
  }
  return out;
}
