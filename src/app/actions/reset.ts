import { labAction } from './labAction';

export const reset = labAction('reset', 'Reset the networks', 'r', 'R');
