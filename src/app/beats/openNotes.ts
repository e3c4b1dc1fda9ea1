import { beatStore } from '../../store/beats';
import { openNotesWindow } from './notesChannel';

/** Open the speaker notes window; when the browser blocks it, the beat bar offers a link instead. */
export function openNotes(): void {
  beatStore.setState({ notesBlocked: !openNotesWindow() });
}
