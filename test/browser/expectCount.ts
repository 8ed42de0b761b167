import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';

/**
 * Waits until the locator matches `expected` elements, then asserts it. Lists here are live
 * queries that re-render a moment after a write, so a single count() right after an action
 * can read the previous state on a busy machine.
 */
export async function expectCount(locator: Locator, expected: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await locator.count();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await locator.count();
  }
  assert.equal(actual, expected, `expected ${expected} elements for ${locator.toString()}, found ${actual}`);
}
