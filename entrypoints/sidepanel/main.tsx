import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/display/ErrorBoundary';
import { App } from './App';
import './panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Last resort: parts and pages have their own boundaries, so this only catches the frame. */}
    <ErrorBoundary what="the side panel">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
