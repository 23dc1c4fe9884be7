import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { PRESSES, WINDOW_MS, shiftCounter } from '../../src/lib/quick-exit.ts';

describe('quick exit: Shift pressed three times', () => {
  it('counts three presses within five seconds', () => {
    let now = 0;
    const counter = shiftCounter(() => now);
    assert.equal(counter.press(), 1);
    now += 1000;
    assert.equal(counter.press(), 2);
    now += 1000;
    assert.equal(counter.press(), PRESSES);
  });
  it('forgets presses older than the window', () => {
    let now = 0;
    const counter = shiftCounter(() => now);
    counter.press();
    counter.press();
    now += WINDOW_MS + 1;
    assert.equal(counter.press(), 1);
  });
  it('starts again after another key', () => {
    const counter = shiftCounter(() => 0);
    counter.press();
    counter.press();
    counter.reset();
    assert.equal(counter.press(), 1);
  });
});
