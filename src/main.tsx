// First: repairs a malformed page query before anything can import TensorFlow.js.
import './app/pageQuery';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startShell } from './app/shell';
import { exposeBeatClaims } from './app/beats/claims';
import { registerServiceWorker } from './app/sw-register';
import './app/styles.css';

startShell();
exposeBeatClaims();
registerServiceWorker();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
