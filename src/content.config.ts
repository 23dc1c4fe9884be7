/**
 * Content collections. Files live under content/ (outside src/ so writers and translators
 * find them easily); their rules are the Zod schemas in src/content/schemas.ts.
 *
 *   content/lessons/{locale}/*.mdx   one lesson = child page (body) + teacher plan (frontmatter)
 *   content/guides/{locale}/…/*.mdx  parents' and teachers' guides; the path is the URL
 *   content/sources/{locale}/*.mdx   the seed documents, described for readers
 *   content/contacts/{country}/*.yaml  help contacts, each with evidence (page, quote, date checked)
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contactSchema, guideSchema, lessonSchema, sourceDocSchema } from './content/schemas.ts';

// Entry ids keep the file's path (minus extension) so errors and routes can use it.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|md|ya?ml)$/, '');

export const collections = {
  lessons: defineCollection({
    loader: glob({ base: './content/lessons', pattern: '**/*.mdx', generateId: keepPath }),
    schema: lessonSchema,
  }),
  guides: defineCollection({
    loader: glob({ base: './content/guides', pattern: '**/*.mdx', generateId: keepPath }),
    schema: guideSchema,
  }),
  sources: defineCollection({
    loader: glob({ base: './content/sources', pattern: '**/*.mdx', generateId: keepPath }),
    schema: sourceDocSchema,
  }),
  contacts: defineCollection({
    loader: glob({ base: './content/contacts', pattern: '**/*.yaml', generateId: keepPath }),
    schema: contactSchema,
  }),
};
