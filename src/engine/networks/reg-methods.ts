/** The regularization methods by name: page-safe (the worker's regularizers are in regularizers.ts). */
import { type ChoiceOf, choices } from '../data/choices';

export const REG_CHOICES = choices({
  none: 'No regularization',
  l2: 'L2 (weight decay)',
  l1: 'L1 (lasso)',
  early: 'Early stopping',
  dropout: 'Dropout',
});
export type RegMethod = ChoiceOf<typeof REG_CHOICES>;
export const { options: REG_METHODS, names: REG_LABELS } = REG_CHOICES;
