import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { checkTemplateText, insertVariable, matchingVariables, replaceVariable, variableQueryAt } from '@/lib/playbooks/template-text';

export interface VariableTextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The variables this text may use, with what each is filled with. */
  variables: Readonly<Record<string, string>>;
  rows?: number;
  /** Problems found by other rules (length, control characters), shown with the variable ones. */
  otherProblem?: string | undefined;
}

/**
 * A template or phrase as text, with a menu that inserts a variable at the caret,
 * autocomplete after "{{" (the ARIA combobox keys: arrows move, Enter or Tab picks,
 * Esc closes) and the problems of the text under it as it is typed,
 * with a one-click fix for a mistyped variable. The textarea stays a textbox (HTML allows no
 * combobox role on it) and points at the list with aria-controls and aria-activedescendant.
 */
export function VariableTextField({ id, label, value, onChange, variables, rows = 3, otherProblem }: VariableTextFieldProps) {
  const names = Object.keys(variables);
  const area = useRef<HTMLTextAreaElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const [caret, setCaret] = useState(value.length);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | undefined>();
  const [menuOpen, setMenuOpen] = useState(false);
  const pendingCaret = useRef<number | undefined>(undefined);
  const menu = useRef<HTMLDivElement>(null);

  // The menu opens on its first entry, as a menu button does.
  useEffect(() => {
    if (menuOpen) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menuOpen]);

  useLayoutEffect(() => {
    if (pendingCaret.current === undefined || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = undefined;
  });

  const query = variableQueryAt(value, caret);
  const options = query ? matchingVariables(query.query, names) : [];
  const listOpen = Boolean(query) && options.length > 0 && dismissedAt !== caret;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const listId = `${id}-variables`;
  const optionId = (index: number) => `${id}-variable-${index}`;

  // An unclosed "{{fir" is the user mid-word, not yet a problem.
  const problems = checkTemplateText(value, names).filter((p) => !(query && !p.unknown));
  const errorId = `${id}-error`;
  const hasProblem = problems.length > 0 || Boolean(otherProblem);

  const put = (name: string, from: number, to: number) => {
    const next = insertVariable(value, from, to, name);
    pendingCaret.current = next.caret;
    onChange(next.text);
    setActive(0);
  };

  const trackCaret = () => {
    const position = area.current?.selectionStart ?? value.length;
    if (position !== caret) setCaret(position);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!listOpen || !query) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      put(options[activeIndex]!, query.start, caret);
    } else if (event.key === 'Escape') {
      // Closes the list only; the page's own Esc handling should not also fire.
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(caret);
    }
  };

  return (
    <div className="rb-field rb-variable-field">
      <label htmlFor={id}>{label}</label>
      <div className="rb-variable-input">
        <textarea
          ref={area}
          id={id}
          rows={rows}
          value={value}
          // A textarea keeps its textbox role (HTML allows no combobox role on it); the list is tied by these.
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={listOpen ? optionId(activeIndex) : undefined}
          aria-invalid={hasProblem ? 'true' : undefined}
          aria-describedby={hasProblem ? errorId : undefined}
          onChange={(e) => {
            onChange(e.target.value);
            setCaret(e.target.selectionStart ?? e.target.value.length);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onKeyUp={trackCaret}
          onClick={trackCaret}
          onSelect={trackCaret}
        />
        <div id={listId} role="listbox" aria-label={`Variables for ${label}`} className="rb-variable-list" hidden={!listOpen}>
          {listOpen &&
            options.map((name, index) => (
              <div
                key={name}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={index === activeIndex ? 'active' : undefined}
                // mousedown, not click: the textarea keeps focus and its caret.
                onMouseDown={(e) => {
                  e.preventDefault();
                  put(name, query!.start, caret);
                }}
              >
                <code>{`{{${name}}}`}</code> {variables[name]}
              </div>
            ))}
        </div>
      </div>
      <div className="rb-variable-picker">
        <button
          ref={menuButton}
          type="button"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          aria-controls={`${id}-menu`}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Insert variable
        </button>
        {menuOpen && (
          <div
            id={`${id}-menu`}
            role="menu"
            aria-label={`Insert a variable into ${label}`}
            className="rb-variable-menu"
            onKeyDown={(e) => {
              const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
              const at = items.indexOf(document.activeElement as HTMLElement);
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                items[(at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setMenuOpen(false);
                menuButton.current?.focus();
              }
            }}
            ref={menu}
          >
            {names.map((name) => (
              <button
                key={name}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setMenuOpen(false);
                  put(name, caret, caret);
                }}
              >
                <code>{`{{${name}}}`}</code> {variables[name]}
              </button>
            ))}
          </div>
        )}
      </div>
      {hasProblem && (
        <div id={errorId} className="rb-error" role="alert">
          {otherProblem && <p>{otherProblem}</p>}
          {problems.map((problem) => (
            <p key={problem.message}>
              {problem.message}{' '}
              {problem.unknown && problem.suggestion && (
                <button type="button" onClick={() => onChange(replaceVariable(value, problem.unknown!, problem.suggestion!))}>
                  Use {`{{${problem.suggestion}}}`}
                </button>
              )}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
