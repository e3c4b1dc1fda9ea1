import { labAction } from './labAction';

export const togglePlay = labAction('togglePlay', 'Play / pause training', ' ', 'Space');
