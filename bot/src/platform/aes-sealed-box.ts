import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { SealedValueError, type SealedBox } from '@kvalita/sharepoint';

const VERSION = 'k1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** ISO/IEC 7816-4 padding: one 0x80 byte, then zeros; exact to remove, whatever the text holds. */
const PAD_MARK = 0x80;

/**
 * AES-256-GCM with a key derived (HKDF-SHA-256) from the service's respondent secret under its own
 * label, so the keyed hashes and the sealing never share a key. A fresh random nonce per value:
 * two equal answers give unrelated ciphertexts. The stored form is "k1." + base64 of nonce,
 * ciphertext and tag; "k1" names the key derivation, so a later one can be told apart.
 */
export function aesSealedBox(secret: string): SealedBox {
  if (secret.length < 32) throw new Error('The respondent-key secret must be at least 32 characters long');
  const key = Buffer.from(hkdfSync('sha256', secret, 'kvalita', 'kvalita:sealed-values:k1', 32));
  return {
    seal(plain, size, context) {
      const bytes = Buffer.from(plain, 'utf8');
      if (bytes.length + 1 > size) throw new RangeError(`A sealed value holds at most ${size - 1} bytes`);
      const padded = Buffer.alloc(size);
      bytes.copy(padded);
      padded[bytes.length] = PAD_MARK;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const sealed = Buffer.concat([iv, cipher.update(padded), cipher.final(), cipher.getAuthTag()]);
      return VERSION + sealed.toString('base64');
    },
    open(stored, context) {
      if (!stored.startsWith(VERSION)) throw new SealedValueError('Not a sealed value of this service');
      const sealed = Buffer.from(stored.slice(VERSION.length), 'base64');
      if (sealed.length < IV_BYTES + TAG_BYTES + 1) throw new SealedValueError('A sealed value is cut short');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        const padded = Buffer.concat([
          decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
          decipher.final(),
        ]);
        const mark = padded.lastIndexOf(PAD_MARK);
        if (mark < 0 || padded.subarray(mark + 1).some((byte) => byte !== 0))
          throw new SealedValueError('A sealed value has no padding');
        return padded.subarray(0, mark).toString('utf8');
      } catch (error) {
        if (error instanceof SealedValueError) throw error;
        throw new SealedValueError('A sealed value does not open with this service’s key');
      }
    },
  };
}
