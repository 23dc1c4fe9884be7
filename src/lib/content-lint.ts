/**
 * Content rules beyond the schemas, from ../shared/CURRICULUM.md "Rules for every page":
 * children's pages carry no statistics, and their sentences stay short for the band.
 * Pure functions: the lint script and the unit tests call them.
 */
import type { Band } from './taxonomy.ts';

/**
 * Longest average sentence (in words) allowed on a child page, per band. 5–7 pages are
 * read aloud by an adult, so they are the shortest; 14–17 pages may read like a good
 * magazine article.
 */
export const MAX_AVERAGE_SENTENCE_WORDS: Record<Band, number> = {
  '5-7': 9,
  '8-10': 13,
  '11-13': 16,
  '14-17': 20,
};

/** Readable text of an MDX body: no imports, tags, headings, link targets or emphasis marks. */
export function proseOf(body: string): string[] {
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

export const wordCount = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

export function averageSentenceWords(body: string): number {
  const sentences = sentencesOf(body);
  if (sentences.length === 0) return 0;
  return sentences.reduce((sum, s) => sum + wordCount(s), 0) / sentences.length;
}

/** Figures that read as statistics: percentages, "3 in 4", "one out of five", "millions of". */
const STATISTIC_PATTERNS: RegExp[] = [
  /\d\s*%/,
  /\bper\s?cent\b/i,
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(in|out of)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i,
  /\b(thousands|millions|billions|hundreds)\s+of\b/i,
  /\b\d{1,3}(,\d{3})+\b/,
];

/** Statistic-like phrases found in a child page's text. */
export function statisticsIn(body: string): string[] {
  return sentencesOf(body).filter((s) => STATISTIC_PATTERNS.some((p) => p.test(s)));
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
