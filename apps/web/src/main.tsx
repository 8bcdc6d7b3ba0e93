import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { session } from './services';
import { UiKitRoot } from './ui-kit/ui-kit-root';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

// Outside React, so StrictMode's double effects cannot restore twice (a second refresh would trip reuse detection).
void session.restore();

createRoot(container).render(
  <StrictMode>
    <UiKitRoot>
      <App />
    </UiKitRoot>
  </StrictMode>,
);
