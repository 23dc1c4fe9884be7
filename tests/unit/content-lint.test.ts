import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  lessonNameProblem,
  averageSentenceWords,
  bandCheckProblems,
  curriculumProblems,
  lintChildPage,
  sentencesOf,
  statisticsIn,
  translatedCheckProblems,
  type CheckOfLesson,
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
  it('finds statistics in every language, with any digits and the Arabic percent sign', () => {
    const statistics = [
      'Un enfant sur cinq joue en ligne.',
      'Des milliers d’enfants jouent.',
      'Uno de cada tres niños juega.',
      'Miles de niños juegan.',
      '٤٠٪ من الأطفال يلعبون.',
      'واحد من كل خمسة أطفال.',
      'ملايين الأطفال يلعبون.',
    ];
    // Numbers that are not statistics, and words that only look like one.
    const fine = [
      'Sam a 12 ans et deux chats.',
      'كان الأمر مألوفًا.',
      'Une voix sur un écran.',
      'Tienes 10 minutos.',
    ];
    assert.deepEqual(statisticsIn([...statistics, ...fine].join(' ')), statistics);
  });
});

/** A check whose best choice is at `best` (0-based); `long` makes it the strictly longest; `adult` makes it the only one naming an adult. */
function check(file: string, best: number, { long = false, adult = false } = {}): CheckOfLesson {
  const choices = ['Block them now.', 'Ignore it for a while.', 'Reply and ask why.'].map((text) => ({
    text,
    best: false,
  }));
  choices[best] = {
    text: `${adult ? 'Tell an adult' : 'Report it'}${long ? ' and keep the messages as evidence for later' : ''}.`,
    best: true,
  };
  return { file, choices };
}

describe('the check rules of a band', () => {
  const fair = [
    check('a', 0),
    check('b', 1, { adult: true }),
    check('c', 2, { long: true }),
    check('d', 1),
    check('e', 2, { adult: true, long: true }),
  ];
  it('accept a band where the best choice moves, is rarely the longest and rarely the only adult', () => {
    assert.deepEqual(bandCheckProblems('8-10', fair), []);
  });
  it('refuse the best choice being the longest in more than two checks', () => {
    const gamed = fair.map((c, i) => check(c.file, i % 3, { long: true }));
    assert.match(bandCheckProblems('8-10', gamed)[0]!.problem, /strictly longest in 5 checks \(at most 2\)/);
  });
  it('refuse a position the best choice never takes', () => {
    const gamed = fair.map((c) => check(c.file, 2));
    assert.ok(bandCheckProblems('8-10', gamed).some((p) => /never in position 1/.test(p.problem)));
  });
  it('refuse the best choice being the only adult in more than half the checks', () => {
    const gamed = fair.map((c, i) => check(c.file, i % 3, { adult: i < 3 }));
    assert.match(
      bandCheckProblems('8-10', gamed)[0]!.problem,
      /only one mentioning an adult in 3 of 5 checks/,
    );
  });
  it('need exactly one best choice', () => {
    const two = {
      file: 'x',
      choices: [
        { text: 'a', best: true },
        { text: 'b', best: true },
      ],
    };
    assert.match(bandCheckProblems('8-10', [two])[0]!.problem, /exactly one best choice \(found 2\)/);
  });
  it('make a translation keep the English order', () => {
    assert.deepEqual(translatedCheckProblems('fr.mdx', check('en.mdx', 1), check('fr.mdx', 1)), []);
    assert.match(
      translatedCheckProblems('fr.mdx', check('en.mdx', 1), check('fr.mdx', 2))[0]!.problem,
      /the best choice is number 3, but in the English \(en\.mdx\) it is number 2/,
    );
  });
  it('run on every lesson of every language from one call, as the lint and the build do', () => {
    const lesson = (locale: string, body: string, best: number) => ({
      file: `content/lessons/${locale}/balance-8-10.mdx`,
      locale,
      topic: 'balance',
      band: '8-10' as const,
      body,
      check: {
        situation: 'A game.',
        choices: check('', best).choices.map((c) => ({ ...c, feedback: 'Good.' })),
      },
    });
    const problems = curriculumProblems([
      lesson('en', 'Play a little.', 0),
      lesson('fr', 'Un enfant sur dix joue.', 1),
    ]);
    assert.deepEqual(
      problems.map((p) => p.file),
      ['content/lessons/fr/balance-8-10.mdx', 'content/lessons/fr/balance-8-10.mdx'],
    );
  });
  it('know a lesson by its path: the file name must agree with its topic and band', () => {
    const lesson = { file: 'content/lessons/fr/balance-8-10.mdx', topic: 'balance', band: '8-10' as const };
    assert.deepEqual(lessonNameProblem(lesson), []);
    assert.match(
      lessonNameProblem({ ...lesson, file: 'content/lessons/fr/equilibre-8-10.mdx' })[0]!.problem,
      /file name "equilibre-8-10" does not match its topic and band: name it balance-8-10\.mdx/,
    );
    assert.equal(lessonNameProblem({ ...lesson, band: '5-7' }).length, 1);
  });
});
