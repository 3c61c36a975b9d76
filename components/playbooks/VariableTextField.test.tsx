import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_VARIABLE_LABELS } from '@/lib/playbooks/template-options';
import { VariableTextField } from './VariableTextField';

function Field({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <VariableTextField id="body" label="Reply text" value={value} onChange={setValue} variables={TEMPLATE_VARIABLE_LABELS} />
      <output aria-label="stored">{value}</output>
    </>
  );
}

const box = () => screen.getByRole('textbox', { name: 'Reply text' }) as HTMLTextAreaElement;
const stored = () => screen.getByLabelText('stored').textContent;

describe('VariableTextField', () => {
  it('inserts a variable from the menu at the caret, not at the end', async () => {
    const user = userEvent.setup();
    render(<Field initial="Hi , thanks!" />);
    box().focus();
    box().setSelectionRange(3, 3);
    await user.click(box()); // the click keeps a caret; put it back after "Hi "
    box().setSelectionRange(3, 3);
    await user.keyboard('{ArrowLeft}{ArrowRight}');
    await user.click(screen.getByRole('button', { name: 'Insert variable' }));
    const menu = screen.getByRole('menu', { name: 'Insert a variable into Reply text' });
    expect(document.activeElement).toBe(within(menu).getAllByRole('menuitem')[0]);
    await user.click(within(menu).getByRole('menuitem', { name: /\{\{firstName\}\} their first name/ }));
    expect(stored()).toBe('Hi {{firstName}}, thanks!');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(box());
    expect(box().selectionStart).toBe('Hi {{firstName}}'.length);
  });

  it('closes the menu on Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.click(screen.getByRole('button', { name: 'Insert variable' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/\{\{author\}\}/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Insert variable' }));
  });

  it('offers known variables after {{, filters as you type, and picks with the keyboard', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.click(box());
    await user.keyboard('Hello {{{{');
    expect(screen.getByRole('listbox', { name: 'Variables for Reply text' })).toBeTruthy();
    const list = screen.getByRole('listbox', { name: 'Variables for Reply text' });
    expect(within(list).getAllByRole('option')).toHaveLength(Object.keys(TEMPLATE_VARIABLE_LABELS).length);
    await user.keyboard('s');
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent?.match(/\{\{(\w+)\}\}/)?.[1])).toEqual([
      'site',
      'signature',
      'supportUrl',
      'firstName',
      'answer',
    ]);
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowDown}');
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{Enter}');
    expect(stored()).toBe('Hello {{signature}}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().getAttribute('aria-activedescendant')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('closes the list on Escape and keeps the typed text', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.click(box());
    await user.keyboard('{{{{br');
    expect(screen.getByRole('listbox', { name: 'Variables for Reply text' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().getAttribute('aria-activedescendant')).toBeNull();
    expect(stored()).toBe('{{br');
  });

  it('flags a mistyped variable as it is typed, suggests the right one and fixes it in one click', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.click(box());
    await user.paste('DM us at {{dmhandle}} please');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Unknown variable \{\{dmhandle\}\}\. Did you mean \{\{dmHandle\}\}\?/);
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(box().getAttribute('aria-describedby')).toBe(alert.id);
    await user.click(within(alert).getByRole('button', { name: 'Use {{dmHandle}}' }));
    expect(stored()).toBe('DM us at {{dmHandle}} please');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box().getAttribute('aria-invalid')).toBeNull();
  });

  it('says when a variable is left open, once the caret has moved on', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.click(box());
    await user.paste('Hi {{firstName, see you');
    expect(screen.getByRole('alert').textContent).toMatch(/not closed: end it with \}\}/);
  });
});
