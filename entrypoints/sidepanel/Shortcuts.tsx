export const SHORTCUTS: Array<[string, string]> = [
  ['j / ↓', 'next item'],
  ['k / ↑', 'previous item'],
  ['1 2 3', 'pick a suggestion'],
  ['e', 'edit the reply'],
  ['Ctrl+Enter', 'insert into the page'],
  ['Esc', 'back to the list'],
];

export function Shortcuts() {
  return (
    <details className="shortcuts">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
