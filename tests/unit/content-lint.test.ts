import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  averageSentenceWords,
  lintChildPage,
  sentencesOf,
  statisticsIn,
} from '../../src/lib/content-lint.ts';

describe('content lint', () => {
  it('splits sentences and list items, ignoring headings and link targets', () => {
    assert.deepEqual(
      sentencesOf('## Title\n\nHello there. Ask a [grown-up](/en/help/)!\n\n- your address\n'),
      ['Hello there.', 'Ask a grown-up!', 'your address'],
    );
  });
  it('ends a sentence at a closing quote', () => {
    assert.deepEqual(sentencesOf('She said, "Stop." Then she went.'), [
      'She said, "Stop."',
      'Then she went.',
    ]);
  });
  it('measures the average sentence length', () => {
    assert.equal(averageSentenceWords('One two three. Four five.'), 2.5);
  });
  it('finds statistics', () => {
    assert.deepEqual(statisticsIn('Most people are kind. 40% of children chat. One in five players cheat.'), [
      '40% of children chat.',
      'One in five players cheat.',
    ]);
  });
  it('flags long sentences for the band', () => {
    const long =
      'This sentence is far too long for a young child who is only just learning to read on their own.';
    assert.match(lintChildPage('x.mdx', '5-7', [long])[0]!.problem, /band 5-7 allows at most 9/);
    assert.deepEqual(lintChildPage('x.mdx', '14-17', [long]), []);
  });
});
