/**
 * The fixed vocabulary of the curriculum (../shared/CURRICULUM.md): age bands, topics,
 * audiences and the seed documents. Every schema, route and filter reads these lists;
 * display names live in the locale files (`band.<id>`, `topic.<id>.title`, …).
 */

/** Age bands, youngest first. Used in URLs: /{locale}/kids/{band}/. */
export const BANDS = ['5-7', '8-10', '11-13', '14-17'] as const;
export type Band = (typeof BANDS)[number];

/** The eight topics, in curriculum order. Used in URLs: /{locale}/lessons/{topic}/{band}/. */
export const TOPICS = [
  'my-information',
  'people-online',
  'photos-and-videos',
  'kindness-and-bullying',
  'things-we-see',
  'scams-and-money',
  'balance',
  'getting-help',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Who a page is written for; also a search filter. */
export const AUDIENCES = ['children', 'parents', 'teachers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The four source documents in ../shared/seeds/, by their number. A lesson's or guide's
 * `sources` name one of these ids and a section or paragraph inside it.
 */
export const SEEDS = {
  '000': '000_d38fc76a7e451fa4.txt',
  '002': '002_de3e38f431d6ca1c.txt',
  '003': '003_821a776ca09e159d.txt',
  '004': '004_0a645c592a7b96ee.txt',
} as const;
export type SeedId = keyof typeof SEEDS;
export const SEED_IDS = Object.keys(SEEDS) as [SeedId, ...SeedId[]];

export const isBand = (value: string): value is Band => (BANDS as readonly string[]).includes(value);
export const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);
