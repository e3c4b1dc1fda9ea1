/**
 * Reading a beat's claim on the page as it is now: the lab's latest snapshot (from the
 * controller registry) or the beat's section element. The presenter's note shows the
 * reading, and the e2e beat test plays every beat and asserts it
 * (tests/e2e/beat-claims.spec.ts).
 */
import { readClaim, type ClaimReading } from '../../store/beats';
import { labSnapshot } from '../../store/controllers';
import { beatsFor } from '../../store/course';

/** The reading of beat `i` (0-based) of lesson `slug`'s claim, on the page as it is. */
export function readBeatClaim(slug: string, i: number): ClaimReading | null {
  const beat = beatsFor(slug)[i];
  if (!beat || typeof document === 'undefined') return null;
  const claim = beat.shows;
  const snap = claim.lab ? (labSnapshot(claim.lab) as { step?: number } | null) : null;
  return readClaim(claim, snap, document.getElementById(beat.section));
}

/** For the e2e tests and the bench: the beats of a lesson as plain data, and a reader. */
export function exposeBeatClaims(): void {
  const g = globalThis as { __hiddenLayers?: Record<string, unknown> };
  g.__hiddenLayers = {
    ...g.__hiddenLayers,
    beats: (slug: string) =>
      beatsFor(slug).map((b) => ({
        section: b.section,
        note: b.note,
        claim: b.shows.text,
        lab: b.shows.lab ?? null,
        after: b.shows.after ?? null,
        play: b.play ?? null,
      })),
    beatClaim: readBeatClaim,
  };
}
