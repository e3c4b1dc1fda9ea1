import { describe, expect, it } from 'vitest';
import { pickOwner, visibleArea } from '../../src/store/controllers';
import { stepTarget } from '../../src/app/actions/presenterStep';

const W = 1280;
const H = 720;
const rect = (top: number, bottom: number) => ({ top, bottom, left: 0, right: W });

describe('keyboard owner (which lab Space / S / R drive)', () => {
  it('visible area clips to the viewport', () => {
    expect(visibleArea(rect(-100, 100), W, H)).toBe(100 * W);
    expect(visibleArea(rect(800, 900), W, H)).toBe(0);
  });

  it('the lab holding focus wins while the focused element is on screen', () => {
    const cands = [
      { rect: rect(0, 700), focused: false },
      { rect: rect(650, 1400), focused: true },
    ];
    expect(pickOwner(cands, true, W, H)).toBe(1);
  });

  it('focus far down the page does not steal the keys from the lab in view', () => {
    // Play was clicked in the second lab, then the learner scrolled back to the first.
    const cands = [
      { rect: rect(0, 700), focused: false },
      { rect: rect(1500, 2200), focused: true },
    ];
    expect(pickOwner(cands, false, W, H)).toBe(0);
  });

  it('the most visible lab wins; with none on screen, the nearest', () => {
    expect(
      pickOwner(
        [
          { rect: rect(-600, 100), focused: false },
          { rect: rect(100, 900), focused: false },
        ],
        false,
        W,
        H,
      ),
    ).toBe(1);
    expect(
      pickOwner(
        [
          { rect: rect(-3000, -2000), focused: false },
          { rect: rect(900, 1500), focused: false },
        ],
        false,
        W,
        H,
      ),
    ).toBe(1);
    expect(pickOwner([], false, W, H)).toBe(-1);
  });
});

describe('presenter stepping follows the section in view', () => {
  it('Page Down goes to the section after the one being read, whatever has focus', () => {
    // Sections at these tops (px from the window top); the second one is being read.
    expect(stepTarget([-900, 10, 700, 1500], 1)).toBe(2);
    expect(stepTarget([200, 900], 1)).toBe(0);
    expect(stepTarget([-2000, -1000, -300], 1)).toBe(2);
  });

  it('Page Up goes back one section, or to the start of a section read part-way', () => {
    expect(stepTarget([-900, 0, 700], -1)).toBe(0);
    expect(stepTarget([-900, -400, 700], -1)).toBe(1);
    expect(stepTarget([100, 900], -1)).toBe(0);
  });
});

describe('presenter stepping during a smooth scroll', () => {
  it('counts from the section just stepped to', () => {
    expect(stepTarget([-10, 300, 900], 1, 1)).toBe(2);
    expect(stepTarget([-10, 300, 900], -1, 1)).toBe(0);
  });
});
