/**
 * A closed set of choices, from one table of display names: the ids (in the table's
 * order), their type and their names come from the same object, so they cannot drift
 * apart. It spreads straight into a lesson's property table:
 * `param.enum({ label: 'Dataset', ...DATASETS, default: 'xor' })`.
 */
interface Choices<K extends string> {
  /** The ids, in the order the table lists them (the order controls show them in). */
  readonly options: readonly K[];
  /** Display name of each id. */
  readonly names: Readonly<Record<K, string>>;
}

/** The id type of a set of choices: `type DatasetId = ChoiceOf<typeof DATASETS>`. */
export type ChoiceOf<C> = C extends Choices<infer K> ? K : never;

export function choices<const N extends Record<string, string>>(names: N): Choices<keyof N & string> {
  const options = Object.keys(names) as (keyof N & string)[];
  if (options.some((k) => String(Number(k)) === k))
    throw new Error('choices: integer-like ids lose their order; use words');
  return { options, names };
}
