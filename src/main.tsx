// First: repairs a malformed page query before anything can import TensorFlow.js.
import './app/pageQuery';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startShell } from './app/shell';
import { exposeBeatClaims } from './app/beats/claims';
import { registerServiceWorker } from './app/sw-register';
import './app/styles.css';
import { FURTHER_LESSONS, LESSONS } from '../lessons';
import { LESSON_BEATS } from '../lessons/beats';
import { registerCourse } from './store/course';

// The course map reaches the app here, and only here: src/app and src/kit never import lessons/.
registerCourse({ lessons: LESSONS, further: FURTHER_LESSONS, beats: LESSON_BEATS });
startShell();
exposeBeatClaims();
registerServiceWorker();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
