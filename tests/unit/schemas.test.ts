import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { load } from 'js-yaml';
import { lessonSchema } from '../../src/content/schemas.ts';

const frontmatter = (file: string) =>
  load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
const example = () => frontmatter('content/lessons/en/people-online-8-10.mdx');
const messages = (data: unknown) => {
  const result = lessonSchema.safeParse(data);
  assert.equal(result.success, false, 'expected the lesson to be rejected');
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('lesson schema', () => {
  it('accepts a real lesson', () => {
    const written = example();
    const lesson = lessonSchema.parse(written);
    assert.equal(lesson.topic, 'people-online');
    assert.equal(lesson.band, '8-10');
    // The sources as written (the schema refuses a lesson without any), the date as a date.
    assert.deepEqual(lesson.sources, written['sources']);
    assert.ok(lesson.lastReviewed instanceof Date && !Number.isNaN(lesson.lastReviewed.getTime()));
  });

  it('rejects an unknown band, naming the field and the allowed values', () => {
    const [message] = messages({ ...example(), band: '6-9' });
    assert.match(message!, /^band: band "6-9" is not one of: 5-7, 8-10, 11-13, 14-17/);
  });

  it('rejects an unknown or missing topic', () => {
    assert.match(messages({ ...example(), topic: 'robots' })[0]!, /^topic: topic "robots" is not one of/);
    const { topic: _, ...withoutTopic } = example();
    assert.match(messages(withoutTopic)[0]!, /^topic: topic is required/);
  });

  it('rejects a lesson without sources', () => {
    assert.match(messages({ ...example(), sources: [] })[0]!, /^sources: sources must list at least one/);
    const { sources: _, ...withoutSources } = example();
    assert.match(messages(withoutSources)[0]!, /^sources: sources is required/);
  });

  it('rejects a source that names no real seed document', () => {
    const data = { ...example(), sources: [{ seed: '001', section: 'para 1' }] };
    assert.match(messages(data)[0]!, /^sources\.0\.seed: seed "001" is not one of: 000, 002, 003, 004/);
  });

  it('rejects a duration that does not add up to the plan', () => {
    assert.match(
      messages({ ...example(), duration: 45 }).join('\n'),
      /duration: duration is 45 but .* add up to 40/,
    );
  });

  it('needs a best choice in the check', () => {
    const data = example();
    const check = data['check'] as { choices: { best?: boolean }[] };
    check.choices.forEach((c) => delete c.best);
    assert.match(
      messages(data).join('\n'),
      /check\.choices: check\.choices needs one choice with best: true/,
    );
  });
  it('keeps a plan’s own disclosure lines to the lesson: the standard is shown in every plan', () => {
    const lesson = example() as { plan: Record<string, unknown> };
    const long = { ...lesson, plan: { ...lesson.plan, disclosure: ['a', 'b', 'c', 'd'] } };
    assert.match(messages(long).join('\n'), /plan\.disclosure: plan\.disclosure has at most 3 lines/);
  });
});
