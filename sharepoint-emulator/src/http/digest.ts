import { createHmac, timingSafeEqual } from 'node:crypto';

/** SharePoint's form digest lifetime (FormDigestTimeoutSeconds). */
export const DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "0x<hex>,22 Nov 2025 17:05:00 -0000", SharePoint's digest format. */
function formatIssued(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} -0000`;
}

function parseIssued(text: string): number | undefined {
  const m = /^(\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) -0000$/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2] as string);
  if (month < 0) return undefined;
  return Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/** Issues and checks request digests: an HMAC of the issue time, valid for 30 minutes. */
export class DigestIssuer {
  constructor(
    private readonly secret: string,
    private readonly now: () => Date,
  ) {}

  issue(): string {
    const issued = formatIssued(this.now());
    return `0x${this.sign(issued)},${issued}`;
  }

  isValid(digest: string | undefined): boolean {
    if (!digest) return false;
    const comma = digest.indexOf(',');
    if (!digest.startsWith('0x') || comma < 0) return false;
    const signature = digest.slice(2, comma);
    const issuedText = digest.slice(comma + 1);
    const expected = this.sign(issuedText);
    if (
      signature.length !== expected.length ||
      !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    )
      return false;
    const issued = parseIssued(issuedText);
    if (issued === undefined) return false;
    const age = this.now().getTime() - issued;
    return age >= -60_000 && age <= DIGEST_TIMEOUT_SECONDS * 1000;
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex').toUpperCase();
  }
}
