/**
 * Zod schemas for everything under content/. Pure (no Astro runtime), so unit tests and
 * the content scripts use the very same rules as the build. Error messages are written for
 * the writer who sees them: they say what is expected, not just that something is wrong.
 */
import { z } from 'astro/zod';
import { contactProblems } from '../lib/contact-rules.ts';
import { isCountryCode } from '../lib/countries.ts';
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
const topicSchema = z.enum(TOPICS, oneOf('topic', TOPICS));
/** An age band: 5-7, 8-10, 11-13 or 14-17. */
const bandSchema = z.enum(BANDS, oneOf('band', BANDS));

/** Where a message comes from: a seed document and a section or paragraph inside it. */
const sourceRefSchema = z.object({
  /** Seed document number: 000, 002, 003 or 004 (see ../shared/seeds/README.md). */
  seed: z.enum(SEED_IDS, oneOf('seed', SEED_IDS)),
  /** Section or paragraph, as a reader would look it up: "para 124(e)(ii)", "Key Risks › Contact". */
  section: text('section'),
});

/** At least one source: every lesson and guide says where its advice comes from. */
const sourcesSchema = z
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
const planSchema = z.object({
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
  /**
   * What is particular to a disclosure in this lesson (1–3 lines). The one standard for
   * every disclosure (listen, stay calm, no promise of secrecy…) is shown by every plan from
   * the locale files (`teach.disclosure.step1`–`8`), so it is not repeated here.
   */
  disclosure: z
    .array(text('plan.disclosure[]'))
    .min(1, 'plan.disclosure needs at least one line about a disclosure in this lesson')
    .max(3, 'plan.disclosure has at most 3 lines: the standard steps are shown in every plan already; keep only what is particular to this lesson'),
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
const checkSchema = z.object({
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
    /**
     * Offer "Leave this page" (quick exit) on the children's page: for lessons a young
     * person may be reading in secret (image abuse, sextortion, relationships, bullying,
     * getting help). Only for 11–13 and 14–17: it would only confuse younger children.
     * Read from the English lesson for every language.
     */
    quickExit: z.boolean({ error: 'quickExit must be true or false' }).default(false),
  })
  .superRefine((lesson, ctx) => {
    if (lesson.quickExit && (lesson.band === '5-7' || lesson.band === '8-10')) {
      ctx.addIssue({
        code: 'custom',
        path: ['quickExit'],
        message: `quickExit is only for lessons for 11–13 and 14–17; remove it from this ${lesson.band} lesson`,
      });
    }
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
  /** Offer "Leave this page" (quick exit), as on the help page. Read from the English guide. */
  quickExit: z.boolean({ error: 'quickExit must be true or false' }).default(false),
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

/** The kinds of help a contact gives, in the order a country page shows them. */
export const CONTACT_KINDS = ['child-helpline', 'emergency', 'hotline', 'takedown', 'police', 'directory'] as const;
/** The ways in besides a phone call. */
const LINK_KINDS = ['website', 'chat', 'report', 'email', 'app'] as const;

/** ISO 3166-1 alpha-2 (upper case) that the platform's country names know, or "international". */
const countrySchema = z.string().refine((code) => code === 'international' || isCountryCode(code), {
  error: (issue) =>
    `countries: "${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (such as FR) or "international"`,
});

/** One phone number of a contact, as the organisation publishes it. */
const phoneSchema = z.object({
  /** As dialled inside the country, spaced as the source writes it: "119", "0800 1111". */
  number: z.string().regex(/^\+?[0-9(][0-9 ().-]*$/, 'phones[].number must be digits (spaces, dots, dashes and brackets allowed)'),
  /** The international form (+448001111); required for ordinary numbers, absent for short codes. */
  e164: z.string().regex(/^\+[1-9][0-9]{6,14}$/, 'phones[].e164 must look like +448001111').optional(),
  /** True only if the evidence says you can send a text message (SMS) to this number. */
  text: z.boolean().optional(),
  /** True if the number takes text messages only (no calls): shown as "Text …", not "Call …". */
  textOnly: z.boolean().optional(),
  /** The word to send, where the evidence says to start with one ("CONNECT"). */
  textWord: z.string().trim().min(1).optional(),
  /** True only if the evidence says calls are free. */
  free: z.boolean().optional(),
  /** True only if the evidence says it answers 24 hours a day, every day. */
  hours247: z.boolean().optional(),
});

/** Another way in: a website, a chat, a web form for reports, an email address, an app. */
const linkSchema = z.object({
  kind: z.enum(LINK_KINDS, oneOf('links[].kind', LINK_KINDS)),
  /** https://… for web ways in, mailto:… for email. */
  url: z.url({ error: 'links[].url must be a full address (https://… or mailto:…)' }),
});

/** Where the organisation (or an official register) states this contact, and when we read it. */
const evidenceSchema = z.object({
  /** The page that states it: the organisation's own site, an official register or government page. */
  url: z.url({ error: 'evidence[].url must be the full address of the page (https://…)' }),
  /** A short exact quote from that page, containing the number or the web address's host. */
  quote: text('evidence[].quote').pipe(z.string().max(400, 'evidence[].quote must be at most 400 characters')),
  /** The day a person read that page and checked the contact against it (YYYY-MM-DD). */
  checked: z.coerce.date({ error: 'evidence[].checked must be a date (YYYY-MM-DD)' }),
});

/**
 * A help contact: data with evidence, never an invented number. One file per contact under
 * content/contacts/{country}/ (or international/). The rules a schema field cannot see
 * (the quote contains the number, the number is valid for its country, the check is
 * recent) are in src/lib/contact-rules.ts and run here, so a broken file stops the build
 * with its field named.
 */
export const contactSchema = z
  .object({
    /** The organisation's or service's own name. */
    name: text('name'),
    /** What kind of help it is. */
    kind: z.enum(CONTACT_KINDS, oneOf('kind', CONTACT_KINDS)),
    /** Who it is for: children and young people, adults, or everyone. */
    for: z.enum(['children', 'adults', 'everyone'], oneOf('for', ['children', 'adults', 'everyone'])),
    /** Where it serves: ISO 3166-1 alpha-2 codes (FR, GB…) or ["international"]. */
    countries: z.array(countrySchema, { error: 'countries is required: a list such as [FR] or [international]' }).min(1, 'countries must list at least one country'),
    /** For a directory: the kind of service it lists (the fallback where we have none checked). */
    lists: z.enum(['child-helpline', 'hotline'], oneOf('lists', ['child-helpline', 'hotline'])).optional(),
    /** Ages it serves, only where the evidence states them. */
    ages: z.object({ from: z.number().int().min(0), to: z.number().int().max(30) }).optional(),
    /** What it is for, per locale (en required). Without it, the site describes it by its kind. */
    purpose: localizedText('purpose').optional(),
    /** Phone numbers, each in an evidence quote. */
    phones: z.array(phoneSchema).default([]),
    /** Other ways in, each host in an evidence quote (or the evidence page is on that host). */
    links: z.array(linkSchema).default([]),
    /** At least one page stating the contact, with a quote and the date checked. */
    evidence: z.array(evidenceSchema, { error: 'evidence is required: list { url, quote, checked }' }).min(1, 'evidence must list at least one { url, quote, checked }'),
  })
  .superRefine((contact, ctx) => {
    if (contact.kind === 'directory' && !contact.lists) {
      ctx.addIssue({ code: 'custom', path: ['lists'], message: 'lists is required for a directory: child-helpline or hotline' });
    }
    for (const problem of contactProblems(contact, new Date())) {
      if (problem.level === 'error') ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });
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
