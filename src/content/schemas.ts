/**
 * Zod schemas for everything under content/. Pure (no Astro runtime), so unit tests and
 * the content scripts use the very same rules as the build. Error messages are written for
 * the writer who sees them: they say what is expected, not just that something is wrong.
 */
import { z } from 'astro/zod';
import { BANDS, SEED_IDS, TOPICS } from '../lib/taxonomy.ts';

const oneOf = (field: string, values: readonly string[]) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `${field} is required (one of: ${values.join(', ')})`
      : `${field} "${String(issue.input)}" is not one of: ${values.join(', ')}`,
});

const text = (field: string) =>
  z
    .string({ error: `${field} is required and must be text` })
    .trim()
    .min(1, `${field} must not be empty`);

/** The curriculum's topic id (see src/lib/taxonomy.ts). */
export const topicSchema = z.enum(TOPICS, oneOf('topic', TOPICS));
/** An age band: 5-7, 8-10, 11-13 or 14-17. */
export const bandSchema = z.enum(BANDS, oneOf('band', BANDS));

/** Where a message comes from: a seed document and a section or paragraph inside it. */
export const sourceRefSchema = z.object({
  /** Seed document number: 000, 002, 003 or 004 (see ../shared/seeds/README.md). */
  seed: z.enum(SEED_IDS, oneOf('seed', SEED_IDS)),
  /** Section or paragraph, as a reader would look it up: "para 124(e)(ii)", "Key Risks › Contact". */
  section: text('section'),
});

/** At least one source: every lesson and guide says where its advice comes from. */
export const sourcesSchema = z
  .array(sourceRefSchema, { error: 'sources is required: list at least one { seed, section }' })
  .min(1, 'sources must list at least one { seed, section }');

/** Date of the last content review, written YYYY-MM-DD. */
const reviewedSchema = z.coerce.date({ error: 'lastReviewed must be a date (YYYY-MM-DD)' });

/** One timed part of a teacher plan (warm-up, main activity, wrap-up). */
const timedPartSchema = (field: string) =>
  z.object({
    /** Minutes this part takes. */
    minutes: z
      .number({ error: `${field}.minutes must be a number of minutes` })
      .int()
      .positive(),
    /** What the teacher does and says, one step per item, in order. */
    steps: z.array(text(`${field}.steps[]`)).min(1, `${field}.steps needs at least one step`),
  });

/** The teacher face of a lesson: everything needed to run it tomorrow. */
export const planSchema = z.object({
  /** What to prepare: printouts, board, paper, devices (or none). */
  materials: z.array(text('plan.materials[]')).min(1, 'plan.materials needs at least one item'),
  /** Opening activity that connects to what children already know. */
  warmUp: timedPartSchema('plan.warmUp'),
  /** The main activity. */
  activity: timedPartSchema('plan.activity'),
  /** Questions for the class discussion. */
  discussion: z.array(text('plan.discussion[]')).min(2, 'plan.discussion needs at least two questions'),
  /** How to close, and the one idea children should leave with. */
  wrapUp: timedPartSchema('plan.wrapUp'),
  /** Adapting for younger/older, quicker/slower learners and children with special needs. */
  differentiation: z
    .array(text('plan.differentiation[]'))
    .min(1, 'plan.differentiation needs at least one adaptation'),
  /** What to do if a child discloses something during this lesson. */
  disclosure: z.array(text('plan.disclosure[]')).min(1, 'plan.disclosure needs at least one step'),
  /** A short note for families, sent home after the lesson. */
  takeHome: text('plan.takeHome'),
});

/** One answer in a "What would you do?" check, with kind, specific feedback. */
const choiceSchema = z.object({
  /** What the child could do, in their words. */
  text: text('check.choices[].text'),
  /** Kind, specific feedback on this choice: never blaming. */
  feedback: text('check.choices[].feedback'),
  /** True for the choice(s) that keep the child safe. */
  best: z.boolean().default(false),
});

/** The "What would you do?" check on the child page. */
export const checkSchema = z.object({
  /** A short situation the child recognises. */
  situation: text('check.situation'),
  /** Two to four choices; at least one is marked best: true. */
  choices: z
    .array(choiceSchema)
    .min(2, 'check.choices needs at least two choices')
    .max(4, 'check.choices has at most four choices')
    .refine((choices) => choices.some((c) => c.best), 'check.choices needs one choice with best: true'),
});

/** A key word with a definition a child of the band understands. */
const keywordSchema = z.object({
  term: text('keywords[].term'),
  definition: text('keywords[].definition'),
});

/**
 * A lesson: one topic for one age band in one locale. The MDX body is the child page;
 * `plan` is the teacher plan of the same lesson, kept in the same file so they cannot drift.
 */
export const lessonSchema = z
  .object({
    /** Which of the eight topics. */
    topic: topicSchema,
    /** Which age band this lesson is written for. */
    band: bandSchema,
    /** Title shown to children. */
    title: text('title'),
    /** One-sentence summary, shown on the band hub and in search results. */
    summary: text('summary'),
    /** Total minutes of the teacher plan (warm-up + activity + wrap-up). */
    duration: z.number({ error: 'duration must be a number of minutes' }).int().min(10).max(120),
    /** What children will know or be able to do afterwards. */
    objectives: z.array(text('objectives[]')).min(1, 'objectives needs at least one objective'),
    /** Key words with child-level definitions. */
    keywords: z.array(keywordSchema).min(1, 'keywords needs at least one { term, definition }'),
    /** Seed documents and sections this lesson is drawn from. */
    sources: sourcesSchema,
    /** When the lesson was last reviewed against the sources and the curriculum's rules. */
    lastReviewed: reviewedSchema,
    /** The "What would you do?" check. */
    check: checkSchema,
    /** The teacher plan. */
    plan: planSchema,
  })
  .superRefine((lesson, ctx) => {
    const { warmUp, activity, wrapUp } = lesson.plan;
    const total = warmUp.minutes + activity.minutes + wrapUp.minutes;
    if (total !== lesson.duration) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: `duration is ${lesson.duration} but plan.warmUp + plan.activity + plan.wrapUp add up to ${total} minutes`,
      });
    }
  });
export type LessonData = z.output<typeof lessonSchema>;

/**
 * A guide for parents or teachers. Where it appears follows from its path under
 * content/guides/{locale}/: parents/index, parents/{band}, parents/topics/{topic},
 * parents/{slug}, teachers/index, teachers/{slug}.
 */
export const guideSchema = z.object({
  /** Page title. */
  title: text('title'),
  /** One or two sentences, shown in lists and search results. */
  summary: text('summary'),
  /** Seed documents and sections the guidance is drawn from. */
  sources: sourcesSchema,
  /** Last review date. */
  lastReviewed: reviewedSchema,
  /** Position in lists (lower first); guides without it follow, by title. */
  order: z.number().int().optional(),
  /**
   * A form the reader fills in on the page and prints (the family agreement): groups of
   * prompts, each answered in a text box. Printed empty, it is a blank to fill in by hand.
   */
  form: z
    .object({
      /** Heading above the form, e.g. "Our family agreement". */
      title: text('form.title'),
      groups: z
        .array(
          z.object({
            heading: text('form.groups[].heading'),
            prompts: z.array(text('form.groups[].prompts[]')).min(1, 'each form group needs a prompt'),
          }),
        )
        .min(1, 'form.groups needs at least one group'),
    })
    .optional(),
});
export type GuideData = z.output<typeof guideSchema>;

/** A locale-keyed text: English is required, other locales optional. */
const localizedText = (field: string) =>
  z.object({ en: text(`${field}.en`) }).catchall(z.string().trim().min(1));

/** A help contact: data with a source, never an invented number. */
export const contactSchema = z
  .object({
    /** Name of the organisation or service. */
    name: text('name'),
    /** Who should use it. */
    for: z.enum(['children', 'adults', 'everyone'], oneOf('for', ['children', 'adults', 'everyone'])),
    /** What kind of service it is. */
    kind: z.enum(
      ['child-helpline-directory', 'hotline-directory', 'child-helpline', 'hotline', 'police'],
      oneOf('kind', ['child-helpline-directory', 'hotline-directory', 'child-helpline', 'hotline', 'police']),
    ),
    /** What it is for, per locale (en required). */
    purpose: localizedText('purpose'),
    /** Where it works: "international" or an ISO 3166 country code such as GB. */
    country: z.union([z.literal('international'), z.string().regex(/^[A-Z]{2}$/)], {
      error: 'country must be "international" or a two-letter country code such as GB',
    }),
    /** How to reach it: a web address and/or a phone number, both as published by the service. */
    url: z.url({ error: 'url must be a full web address (https://…)' }).optional(),
    phone: z.string().regex(/^[0-9 +]+$/, 'phone must be digits, spaces and +').optional(),
    /** Where we learned of it: a seed document and section. */
    source: sourceRefSchema,
    /** When a person last checked that it is still right. */
    lastChecked: z.coerce.date({ error: 'lastChecked must be a date (YYYY-MM-DD)' }),
  })
  .refine((c) => c.url || c.phone, { message: 'a contact needs a url or a phone', path: ['url'] });
export type ContactData = z.output<typeof contactSchema>;

/** A seed document as described on the sources page (body: what it is and what we take). */
export const sourceDocSchema = z.object({
  /** Seed number, as in ../shared/seeds/. */
  seed: z.enum(SEED_IDS, oneOf('seed', SEED_IDS)),
  /** The document's own title. */
  title: text('title'),
  /** Who issued it, and its symbol where it has one. */
  issuedBy: text('issuedBy'),
  /** When it was issued, as printed on the document. */
  date: text('date'),
  /** Last review date. */
  lastReviewed: reviewedSchema,
});
export type SourceDocData = z.output<typeof sourceDocSchema>;
