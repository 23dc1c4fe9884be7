/**
 * Phone numbers of help contacts, checked with Google's libphonenumber (the metadata the
 * Android dialler uses), never with a hand-written pattern.
 *
 * - An ordinary number must be valid for its country; its E.164 form is computed here and
 *   must match what the contact file says.
 * - A short code (119, 116 111) is valid if libphonenumber lists it for the country, or —
 *   because its short-code tables miss many national child helplines — if it has a length
 *   the country uses for short codes and does not start with 0. The evidence quote is then
 *   the proof.
 */
import phoneLib from 'google-libphonenumber';

const util = phoneLib.PhoneNumberUtil.getInstance();
const shortInfo = phoneLib.ShortNumberInfo.getInstance();

/** The digits of a text, for comparing a number with a quote ("116 111" ~ "116111"). */
export const digitsOf = (text: string): string => text.replace(/\D/g, '');

export type PhoneCheck =
  | { ok: true; short: true; e164?: undefined }
  | { ok: true; short: false; e164: string }
  | { ok: false; reason: string };

/** Whether `number`, as dialled inside `region` (ISO 3166-1 alpha-2), is a real number there. */
export function checkPhone(number: string, regionCode: string): PhoneCheck {
  const region = regionCode as phoneLib.RegionCode;
  let parsed: phoneLib.PhoneNumber;
  try {
    parsed = util.parse(number, region);
  } catch (error) {
    return { ok: false, reason: `"${number}" is not a phone number (${(error as Error).message})` };
  }
  if (util.isValidNumberForRegion(parsed, region)) {
    return { ok: true, short: false, e164: util.format(parsed, phoneLib.PhoneNumberFormat.E164) };
  }
  const known = shortInfo.isValidShortNumberForRegion(parsed, region);
  // (Never one starting with the trunk prefix 0: that is a long number missing digits.)
  const shortLength =
    /^[1-9]\d{1,5}$/.test(digitsOf(number)) && shortInfo.isPossibleShortNumberForRegion(parsed, region);
  if (known || shortLength) return { ok: true, short: true };
  return { ok: false, reason: `${number} is not a valid phone number in ${region} (libphonenumber)` };
}

/** The href of a tel: link: E.164 for ordinary numbers, the digits for a short code. */
export const telHref = (number: string, e164: string | undefined) => `tel:${e164 ?? digitsOf(number)}`;

/** The href of an sms: link, with the word to send first where the service asks for one. */
export const smsHref = (number: string, e164: string | undefined, word?: string) =>
  `sms:${e164 ?? digitsOf(number)}${word ? `?body=${encodeURIComponent(word)}` : ''}`;
