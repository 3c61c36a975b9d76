import { useFollowedTabId, useTabState } from './use-tab-state';

export function App() {
  const tabId = useFollowedTabId();
  const state = useTabState(tabId);
  if (!state) {
    return (
      <main className="panel">
        <h1>Replybook</h1>
        <p>No comments or reviews found on this tab yet. Open a supported page or the demo page.</p>
      </main>
    );
  }
  return (
    <main className="panel">
      <h1>{state.siteName}</h1>
      <ul aria-label="Items on this page">
        {state.items.map((item) => (
          <li key={item.id} data-item-id={item.id}>
            <strong>{item.author ?? 'Unknown'}</strong> <span>{item.labels.tone}</span>
            <p>{item.text}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
