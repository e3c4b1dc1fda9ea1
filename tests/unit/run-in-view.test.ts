import { describe, expect, it } from 'vitest';
import { dockLimits, dockScale, dockWidth, shownShare } from '../../src/kit/exercises/dock';
import { secondsLeft, timeText } from '../../src/kit/exercises/RunProgress';
import { workShare } from '../../lessons/layer-wise-pretraining/runProgress';
import type { PretrainInfo } from '../../src/engine/tasks/pretrain';

describe('the docked view', () => {
  it('is a corner panel on a desktop and a bottom strip on a phone', () => {
    expect(dockLimits(1440, 900)).toEqual({ phone: false, width: 520, height: 495 });
    expect(dockLimits(390, 800)).toEqual({ phone: true, width: 374, height: 304 });
  });
  it('is laid out narrower, but not below the floor, and scaled to fit', () => {
    expect(dockWidth(1100, 520)).toBe(600);
    expect(dockWidth(400, 520)).toBe(400);
    expect(dockWidth(374, 374)).toBe(374);
    expect(dockScale({ width: 600, height: 300 }, { width: 520, height: 495 })).toBeCloseTo(520 / 600);
    expect(dockScale({ width: 400, height: 990 }, { width: 520, height: 495 })).toBeCloseTo(0.5);
    expect(dockScale({ width: 300, height: 200 }, { width: 520, height: 495 })).toBe(1);
  });
  it('counts its own place as seen when half of it (or of the window) is on screen', () => {
    expect(shownShare({ top: -2000, bottom: -1700, height: 300 }, 900)).toBe(0);
    expect(shownShare({ top: 750, bottom: 1050, height: 300 }, 900)).toBe(0.5);
    expect(shownShare({ top: -500, bottom: 1500, height: 2000 }, 900)).toBe(1);
  });
});

describe('a long run’s progress', () => {
  it('says the time left from the rate measured since the first reading', () => {
    expect(secondsLeft(0, 0.1, 500, 0.2)).toBeNaN(); // under a second: not yet measurable
    expect(secondsLeft(0, 0.1, 10_000, 0.2)).toBeCloseTo(80);
    expect(secondsLeft(0, 0.3, 10_000, 0.3)).toBeNaN();
    expect(timeText(NaN)).toBe('measuring the time left…');
    expect(timeText(42.4)).toBe('about 42 s left');
    expect(timeText(95)).toBe('about 1 min 35 s left');
  });
  it('lesson 4: the share of training work up to a point of the last phase', () => {
    const ph = (epochs: number, sizes: number[]) => ({
      kind: 'autoencoder',
      layer: 1,
      epochs,
      sizes,
      frozen: sizes.slice(1).map(() => false),
      runs: 1,
    });
    const phases = [ph(2, [10, 10]), ph(4, [10, 10])] as PretrainInfo['phases'];
    // Each epoch costs the same here: 2 epochs, then 0.5 of the last: 2.5 epochs of work to the stop.
    expect(workShare(phases, 0, 1, 0.5)).toBeCloseTo(1 / 2.5);
    expect(workShare(phases, 1, 0.25, 0.5)).toBeCloseTo(2.25 / 2.5);
    expect(workShare(phases, 1, 3, 0.5)).toBe(1);
  });
});
