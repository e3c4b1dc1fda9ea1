import { labAction } from './labAction';

export const step = labAction('step', 'Train one step', 's', 'S');
