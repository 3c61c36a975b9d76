import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/display/ErrorBoundary';
import { App } from './App';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* Last resort: each page has its own boundary, so this only catches the frame. */}
      <ErrorBoundary what="the dashboard">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
