import { memo } from 'react';
import { ExportFigure } from '../../src/viz/ExportFigure';

/**
 * A 10×10 confusion matrix as a real table: rows are the true digits, columns what the
 * network answered. The diagonal (right answers) is shaded blue, mistakes vermillion,
 * darker for a larger share of the row.
 */
export const Confusion = memo(function Confusion({ counts }: { counts: Float32Array | null }) {
  const rows = Array.from({ length: 10 }, (_, t) => {
    const row = counts ? Array.from(counts.subarray(t * 10, t * 10 + 10)) : new Array<number>(10).fill(0);
    const total = row.reduce((a, b) => a + b, 0);
    return { t, row, total };
  });
  let worst: { t: number; p: number; n: number } | null = null;
  for (const { t, row } of rows)
    for (let p = 0; p < 10; p++) if (p !== t && row[p] > 0 && (!worst || row[p] > worst.n)) worst = { t, p, n: row[p] };
  return (
    <ExportFigure title="Confusion matrix of the CNN on the test digits" className="confusion-wrap">
      <table className="confusion">
        <caption className="small">
          Rows: the true digit. Columns: the CNN’s answer.{' '}
          {worst
            ? `Most common mistake: ${worst.n} × a ${worst.t} read as ${worst.p}.`
            : counts
              ? 'No mistakes yet.'
              : 'Filled in as the test digits are scored.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">true digit</span>
            </th>
            {rows.map(({ t }) => (
              <th key={t} scope="col">
                {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ t, row, total }) => (
            <tr key={t}>
              <th scope="row">{t}</th>
              {row.map((n, p) => {
                const share = total ? n / total : 0;
                // Capped so the dark digits stay readable (contrast) on every cell.
                const a = 0.65 * (p === t ? share : Math.min(1, share * 4));
                const bg = p === t ? `rgba(0,114,178,${a.toFixed(3)})` : `rgba(213,94,0,${a.toFixed(3)})`;
                return (
                  <td key={p} style={{ background: n ? bg : undefined }}>
                    {n || ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ExportFigure>
  );
});
