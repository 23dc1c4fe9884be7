/**
 * Content rules beyond the schemas, from ../shared/CURRICULUM.md "Rules for every page":
 * children's pages carry no statistics, and their sentences stay short for the band.
 * Pure functions: the lint script and the unit tests call them.
 */
import type { Band } from './taxonomy.ts';
import { SOURCE_LOCALE } from './locale-core.ts';

/**
 * Longest average sentence (in words) allowed on a child page, per band. 5–7 pages are
 * read aloud by an adult, so they are the shortest; 14–17 pages may read like a good
 * magazine article.
 */
const MAX_AVERAGE_SENTENCE_WORDS: Record<Band, number> = {
  '5-7': 9,
  '8-10': 13,
  '11-13': 16,
  '14-17': 20,
};

/** Readable text of an MDX body: no imports, tags, headings, link targets or emphasis marks. */
function proseOf(body: string): string[] {
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !/^[-*_]{3,}$/.test(line))
    .map((line) =>
      line
        .replace(/^([-*+]|\d+\.)\s+/, '')
        .replace(/[*_`>]/g, '')
        .trim(),
    )
    .filter(Boolean);
}

/** Sentences of a body: split at . ! ? and at line ends (list items stand alone). */
export function sentencesOf(body: string): string[] {
  return proseOf(body)
    .flatMap((line) => line.split(/(?<=[.!?…؟]["”’»)]?)\s+/))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

const wordCount = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

export function averageSentenceWords(body: string): number {
  const sentences = sentencesOf(body);
  if (sentences.length === 0) return 0;
  return sentences.reduce((sum, s) => sum + wordCount(s), 0) / sentences.length;
}

const D = '\\p{Nd}'; // any decimal digit: 0-9, ٠-٩ and the rest of Unicode
const SMALL = {
  en: 'one|two|three|four|five|six|seven|eight|nine|ten',
  fr: 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix',
  es: 'uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez',
  ar: 'واحد|واحدة|اثنين|اثنان|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة',
};
const n = (words: string) => `(?:${D}+|${words})`;
/** The second number of "N in M": never "one" ("une voix sur un écran" is not a statistic). */
const m = (words: string) =>
  n(
    words
      .split('|')
      .filter((w) => !['one', 'un', 'une', 'uno', 'una', 'واحد', 'واحدة'].includes(w))
      .join('|'),
  );

/**
 * Figures that read as statistics, in every language the site has: percentages (with the
 * Arabic percent sign too), "3 in 4" / "un enfant sur cinq" / "uno de cada tres" /
 * «واحد من كل», "thousands of" / "des milliers de" / "miles de" / «آلاف», and long numbers.
 * Digits are any Unicode digits, so «٤٠٪» is caught like "40%".
 */
const STATISTIC_PATTERNS: RegExp[] = [
  new RegExp(`${D}\\s*[%٪]`, 'u'),
  /\b(per\s?cent|pour\s?cent|por\s?ciento)\b/iu,
  /(بالمئة|بالمائة|في المئة|في المائة)/u,
  new RegExp(`\\b${n(SMALL.en)}\\s+(in|out of)\\s+${m(SMALL.en)}\\b`, 'iu'),
  new RegExp(`(^|\\s)${n(SMALL.fr)}\\s+(\\p{L}+\\s+)?sur\\s+${m(SMALL.fr)}(?=[\\s.,;:!?]|$)`, 'iu'),
  new RegExp(`(^|\\s)${n(SMALL.es)}\\s+(\\p{L}+\\s+)?de\\s+cada\\s+${m(SMALL.es)}(?=[\\s.,;:!?]|$)`, 'iu'),
  new RegExp(`من\\s+كل\\s+${m(SMALL.ar)}`, 'u'),
  /\b(thousands|millions|billions|hundreds)\s+of\b/iu,
  /\b(des\s+)?(milliers|millions|milliards|centaines)\s+d(e\s|['’])/iu,
  /\b(miles|millones|cientos|miles de millones)\s+de\b/iu,
  // Arabic: whole words, with a joined conjunction/preposition and article allowed («وآلاف», «بالملايين»), not «مألوف».
  /(?<!\p{L})(?:[وفبلك])?(?:ال)?(آلاف|ألوف|ملايين|مليارات|مئات)(?!\p{L})/u,
  new RegExp(`${D}{1,3}([,.\\s\\u00a0\\u202f]${D}{3})+(?!${D})`, 'u'),
];

/** Statistic-like phrases found in a child page's text. */
export function statisticsIn(body: string): string[] {
  return sentencesOf(body).filter((s) => STATISTIC_PATTERNS.some((p) => p.test(s)));
}

/** One "What would you do?" check, as the band rules see it. */
export interface CheckOfLesson {
  file: string;
  choices: { text: string; best: boolean }[];
}

/** Words by which an English choice "mentions an adult". */
const ADULT =
  /\b(adults?|grown-?ups?|parents?|mum|mom|dad|carers?|teachers?|trusted|helplines?|counsell?ors?|police|family|aunt|uncle|grandma|grandad|grandparents?|coach|nurse|librarian)\b/i;
const mentionsAdult = (text: string) => ADULT.test(text);

/** Most checks of a band where the best choice may be the strictly longest. */
const MAX_LONGEST_BEST = 2;
/** The band-wide rules speak of a band's set of checks (nine in the curriculum); below this, only the per-check rule applies. */
const MIN_CHECKS_FOR_BAND_RULES = 4;

/**
 * The rule of ../shared/CURRICULUM.md for the checks of one band (English, the source):
 * the best choice is not a pattern a child can spot. Exactly one best choice per check; it
 * is the strictly longest in at most two checks; it sits in each position at least once
 * (checked once the band has as many checks as positions); it is the only choice that
 * mentions an adult in at most half the checks. The band-wide rules apply once a band has
 * MIN_CHECKS_FOR_BAND_RULES checks.
 */
export function bandCheckProblems(band: Band, checks: CheckOfLesson[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const files = (list: CheckOfLesson[]) => list.map((c) => c.file).join(', ');
  const scored = checks.flatMap((check) => {
    const best = check.choices.flatMap((c, i) => (c.best ? [i] : []));
    if (best.length !== 1) {
      problems.push({
        file: check.file,
        problem: `check.choices: mark exactly one best choice (found ${best.length})`,
      });
      return [];
    }
    const i = best[0]!;
    const length = (k: number) => check.choices[k]!.text.trim().length;
    const longest = check.choices.every((_, k) => k === i || length(i) > length(k));
    const onlyAdult =
      mentionsAdult(check.choices[i]!.text) &&
      check.choices.every((c, k) => k === i || !mentionsAdult(c.text));
    return [{ check, position: i, longest, onlyAdult }];
  });
  if (scored.length < MIN_CHECKS_FOR_BAND_RULES) return problems;
  const longest = scored.filter((s) => s.longest);
  if (longest.length > MAX_LONGEST_BEST) {
    problems.push({
      file: `band ${band}`,
      problem: `check: the best choice is the strictly longest in ${longest.length} checks (at most ${MAX_LONGEST_BEST}): ${files(longest.map((s) => s.check))}`,
    });
  }
  const positions = Math.min(...scored.map((s) => s.check.choices.length));
  for (let p = 0; p < positions; p++) {
    if (!scored.some((s) => s.position === p)) {
      problems.push({
        file: `band ${band}`,
        problem: `check: the best choice is never in position ${p + 1}; move it there in at least one check`,
      });
    }
  }
  const onlyAdult = scored.filter((s) => s.onlyAdult);
  if (onlyAdult.length > Math.floor(scored.length / 2)) {
    problems.push({
      file: `band ${band}`,
      problem: `check: the best choice is the only one mentioning an adult in ${onlyAdult.length} of ${scored.length} checks (at most half): ${files(onlyAdult.map((s) => s.check))}`,
    });
  }
  return problems;
}

/** A translation's check keeps the English order: the same number of choices, the same best. */
export function translatedCheckProblems(
  file: string,
  english: CheckOfLesson,
  translated: CheckOfLesson,
): LintProblem[] {
  const bestOf = (c: CheckOfLesson) => c.choices.flatMap((x, i) => (x.best ? [i + 1] : [])).join(',');
  if (english.choices.length !== translated.choices.length) {
    return [
      {
        file,
        problem: `check.choices: ${translated.choices.length} choices, but the English (${english.file}) has ${english.choices.length}; keep its order`,
      },
    ];
  }
  if (bestOf(english) !== bestOf(translated)) {
    return [
      {
        file,
        problem: `check.choices: the best choice is number ${bestOf(translated)}, but in the English (${english.file}) it is number ${bestOf(english)}; keep the English order`,
      },
    ];
  }
  return [];
}

export interface LintProblem {
  file: string;
  problem: string;
}

/** Problems of one child page (its MDX body and the text of its check). */
export function lintChildPage(file: string, band: Band, texts: string[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const body = texts.join('\n\n');
  for (const s of statisticsIn(body)) {
    problems.push({ file, problem: `child page has a statistic: “${s}”` });
  }
  const average = averageSentenceWords(body);
  const limit = MAX_AVERAGE_SENTENCE_WORDS[band];
  if (average > limit) {
    problems.push({
      file,
      problem: `sentences average ${average.toFixed(1)} words; band ${band} allows at most ${limit}`,
    });
  }
  return problems;
}

/** A lesson as the curriculum rules see it. */
export interface LessonForLint {
  file: string;
  locale: string;
  topic: string;
  band: Band;
  /** The children's page (MDX body). */
  body: string;
  check: { situation: string; choices: { text: string; feedback: string; best: boolean }[] };
}

/**
 * Every curriculum rule that spans files, for the lint and the build alike: each child
 * page (statistics, sentence length; every language), the check rules per band (on the
 * English source) and translations keeping the English check.
 */
/**
 * A lesson's identity is its path: content/lessons/{locale}/{topic}-{band}.mdx. Its topic and
 * band must agree with the name, so a translation is always the file at the same path as its
 * English source — for the site, the translation status and this lint alike.
 */
const lessonFileName = (topic: string, band: string) => `${topic}-${band}`;

export function lessonNameProblem(lesson: Pick<LessonForLint, 'file' | 'topic' | 'band'>): LintProblem[] {
  const name = lesson.file
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');
  const expected = lessonFileName(lesson.topic, lesson.band);
  return name === expected
    ? []
    : [
        {
          file: lesson.file,
          problem: `file name "${name}" does not match its topic and band: name it ${expected}.mdx (a translation is the file at the same path as its English source)`,
        },
      ];
}

export function curriculumProblems(lessons: readonly LessonForLint[]): LintProblem[] {
  const problems: LintProblem[] = lessons.flatMap(lessonNameProblem);
  for (const lesson of lessons) {
    const checkText = [lesson.check.situation, ...lesson.check.choices.flatMap((c) => [c.text, c.feedback])];
    problems.push(...lintChildPage(lesson.file, lesson.band, [lesson.body, ...checkText]));
  }
  const asCheck = (l: LessonForLint): CheckOfLesson => ({ file: l.file, choices: l.check.choices });
  const english = lessons.filter((l) => l.locale === SOURCE_LOCALE);
  for (const band of new Set(english.map((l) => l.band))) {
    problems.push(...bandCheckProblems(band, english.filter((l) => l.band === band).map(asCheck)));
  }
  for (const lesson of lessons) {
    if (lesson.locale === SOURCE_LOCALE) continue;
    const source = english.find((l) => l.topic === lesson.topic && l.band === lesson.band);
    if (source) problems.push(...translatedCheckProblems(lesson.file, asCheck(source), asCheck(lesson)));
  }
  return problems;
}
