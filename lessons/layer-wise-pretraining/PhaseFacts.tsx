/** What a training phase trains, keeps frozen and aims at (the lab's phase card and the stepper). */
export function PhaseFacts({ trains, frozen, target }: { trains: string; frozen: string; target: string }) {
  return (
    <dl className="lwp-what">
      <div>
        <dt>Trains</dt>
        <dd>{trains}</dd>
      </div>
      <div>
        <dt>Frozen</dt>
        <dd>{frozen}</dd>
      </div>
      <div>
        <dt>Target</dt>
        <dd>{target}</dd>
      </div>
    </dl>
  );
}
