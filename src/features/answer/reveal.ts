/**
 * A section of the answer screen is rendered in parts: the cards that fill the first screen in the
 * first commit, so that the heading, the stepper and the first questions are shown and usable at
 * once, and the rest in steps of a few cards: the first step once the first cards are painted,
 * the next ones each in a task of its own as soon as the main thread is free. Every step is a React
 * transition, so a click or a key press in the meantime is handled first. Shortcuts that go to a card not yet rendered render up to it before they act
 * (AnswerPage.tsx); the progress counts come from the answers, never from what is rendered.
 */

/** Cards in the first commit of a section: a card is taller than half a screen, so this fills it. */
export const firstCards = 4;

/** Cards added by each following step. */
export const cardsPerStep = 8;

/**
 * How many cards to render after the next step, of `total`, with `shown` rendered now. A last
 * step of fewer than half a step is joined to the one before, so that no step adds a lone card.
 */
export function nextCount(shown: number, total: number): number {
  const next = shown + cardsPerStep;
  return total - next < cardsPerStep / 2 ? total : next;
}

/**
 * Calls `callback` in a task of its own once the browser has painted the current frame (an
 * animation frame, then a zero timeout), or after `fallbackMs` if no frame comes (a hidden tab
 * gets none). Returns a function that cancels the call.
 */
export function afterPaint(callback: () => void, fallbackMs = 250): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    callback();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}

/** Calls `callback` in a task of its own (a zero timeout). Returns a function that cancels the call. */
export function nextTask(callback: () => void): () => void {
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}
