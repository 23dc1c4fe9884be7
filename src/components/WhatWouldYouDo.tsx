/**
 * "What would you do?" — a situation, a few choices, and kind feedback on each.
 *
 * Rendered on the server as a list of <details>: every choice and its feedback can be
 * read with JavaScript off. Once hydrated, the choices become buttons and the feedback
 * for the chosen one is announced in a live region.
 */
import { useEffect, useState } from 'preact/hooks';

interface Choice {
  text: string;
  feedback: string;
  best: boolean;
}

interface Props {
  heading: string;
  situation: string;
  choices: Choice[];
  strings: { pick: string; again: string; best: string; notBest: string };
}

export default function WhatWouldYouDo({ heading, situation, choices, strings }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  useEffect(() => setEnhanced(true), []);
  const picked = chosen === null ? undefined : choices[chosen];

  return (
    <section class="check" aria-labelledby="check-heading">
      <h2 id="check-heading">{heading}</h2>
      <p>{situation}</p>
      {enhanced ? (
        <>
          <p id="check-hint">{strings.pick}</p>
          <ol aria-describedby="check-hint">
            {choices.map((choice, i) => (
              <li key={i}>
                <button type="button" class="choice" aria-pressed={chosen === i} onClick={() => setChosen(i)}>
                  {choice.text}
                </button>
              </li>
            ))}
          </ol>
          <div aria-live="polite">
            {picked && (
              <div class={picked.best ? 'feedback best' : 'feedback'}>
                <p class="verdict">{picked.best ? strings.best : strings.notBest}</p>
                <p>{picked.feedback}</p>
                <button type="button" class="secondary" onClick={() => setChosen(null)}>
                  {strings.again}
                </button>
              </div>
            )}
          </div>
        </>
      ) : (
        <ol>
          {choices.map((choice, i) => (
            <li key={i}>
              <details>
                <summary>{choice.text}</summary>
                <div class={choice.best ? 'feedback best' : 'feedback'}>
                  <p class="verdict">{choice.best ? strings.best : strings.notBest}</p>
                  <p>{choice.feedback}</p>
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
