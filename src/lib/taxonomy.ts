/**
 * The fixed vocabulary of the curriculum (../shared/CURRICULUM.md): age bands, topics,
 * audiences and the seed documents. Every schema, route and filter reads these lists;
 * display names live in the locale files (`band.<id>`, `topic.<id>.title`, …).
 */

/** Age bands, youngest first. Used in URLs: /{locale}/kids/{band}/. */
export const BANDS = ['5-7', '8-10', '11-13', '14-17'] as const;
export type Band = (typeof BANDS)[number];

/** The nine topics, in curriculum order. Used in URLs: /{locale}/lessons/{topic}/{band}/. */
export const TOPICS = [
  'my-information',
  'people-online',
  'photos-and-videos',
  'kindness-and-bullying',
  'things-we-see',
  'scams-and-money',
  'balance',
  'getting-help',
  'ai-and-me',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Who a page is written for; also a search filter. */
export const AUDIENCES = ['children', 'parents', 'teachers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The source documents a page may cite: the four seeds in ../shared/seeds/, by their
 * number, then the later documents of ../shared/CURRICULUM.md that the team has read (each
 * has its page under content/sources/). A lesson's or guide's `sources` name one of these
 * ids and a section or paragraph inside it.
 */
const SEEDS = {
  '000': '000_d38fc76a7e451fa4.txt',
  '002': '002_de3e38f431d6ca1c.txt',
  '003': '003_821a776ca09e159d.txt',
  '004': '004_0a645c592a7b96ee.txt',
} as const;
/** Later documents, by the id CURRICULUM.md suggests, with their official symbol. */
const LATER_DOCUMENTS = {
  'crc-gc25': 'CRC/C/GC/25',
} as const;
export type SeedId = keyof typeof SEEDS | keyof typeof LATER_DOCUMENTS;
export const SEED_IDS = [...Object.keys(SEEDS), ...Object.keys(LATER_DOCUMENTS)] as [SeedId, ...SeedId[]];

export const isBand = (value: string): value is Band => (BANDS as readonly string[]).includes(value);
export const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);
