import type { Beat } from '../../src/store/beats';

/** A lecture through this lesson in five beats (presenter mode: → / ← step, N shows the note). */
export const BEATS: Beat[] = [
  { section: 'lab', params: { gate: 'and' }, note: 'Rosenblatt’s rule on AND: the line settles after a few epochs, 0 errors.' },
  { section: 'lab', params: { gate: 'xor' }, note: 'The same rule on XOR: the weights come back to an earlier state — it cycles forever (Minsky & Papert 1969).' },
  { section: 'hidden', play: true, note: 'Two hidden tanh units: two lines, and XOR becomes separable for the output unit.' },
  { section: 'approx', params: { n: '2' }, play: true, note: 'Two units against a sine: a couple of ramps. Ask: how many units to get below 10⁻³?' },
  { section: 'approx', params: { n: '16' }, play: true, note: '16 units: the sum of bumps hugs the sine. Existence, not learnability (Cybenko 1989, Hornik 1991).' },
];
