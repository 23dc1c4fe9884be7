/**
 * Content lint: validates every file under content/ against the schemas and checks the
 * curriculum's rules for child pages. Run: `npm run lint:content` (or with file paths).
 * Exits non-zero and names the file and the field on any problem.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { contactSchema, guideSchema, lessonSchema, sourceDocSchema } from '../src/content/schemas.ts';
import { contactProblems } from '../src/lib/contact-rules.ts';
import { curriculumProblems, type LessonForLint, type LintProblem } from '../src/lib/content-lint.ts';

const root = process.cwd();
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const args = process.argv.slice(2);
// Arguments may be files or folders (a folder is every file under it).
const files = (args.length ? args : [join(root, 'content')])
  .flatMap((f) => (statSync(f).isDirectory() ? walk(f) : [f]))
  .map((f) => relative(root, f));

function split(file: string, raw: string): { data: unknown; body: string } {
  if (file.endsWith('.yaml')) return { data: parseYaml(raw), body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) throw new Error('no frontmatter: the file must start with --- and a YAML block');
  return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

const schemaFor = (file: string) =>
  file.startsWith('content/lessons/')
    ? lessonSchema
    : file.startsWith('content/guides/')
      ? guideSchema
      : file.startsWith('content/sources/')
        ? sourceDocSchema
        : file.startsWith('content/contacts/')
          ? contactSchema
          : undefined;

const problems: LintProblem[] = [];
const lessons: LessonForLint[] = [];
for (const file of files) {
  const schema = schemaFor(file);
  if (!schema) continue;
  let parsed: { data: unknown; body: string };
  try {
    parsed = split(file, readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push({ file, problem: (error as Error).message });
    continue;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, problem: `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}` });
    }
    continue;
  }
  if (schema === lessonSchema) {
    const lesson = result.data as ReturnType<typeof lessonSchema.parse>;
    const locale = file.split('/')[2] ?? '';
    lessons.push({
      file,
      locale,
      topic: lesson.topic,
      band: lesson.band,
      body: parsed.body,
      check: lesson.check,
    });
  }
  if (schema === contactSchema) {
    // Errors were the schema's; a check getting old is a warning, for the next checker.
    const contact = result.data as ReturnType<typeof contactSchema.parse>;
    for (const p of contactProblems(contact, new Date()).filter((p) => p.level === 'warning')) {
      console.warn(`! ${file}: ${p.path.join('.')}: ${p.message}`);
    }
  }
}

// Child pages, the check rules per band, translations keeping the English check.
problems.push(...curriculumProblems(lessons));

for (const { file, problem } of problems) console.error(`✗ ${file}: ${problem}`);
if (problems.length) {
  console.error(`\n${problems.length} content problem(s).`);
  process.exit(1);
}
console.log(`✓ content lint: ${files.length} file(s) checked, no problems.`);
