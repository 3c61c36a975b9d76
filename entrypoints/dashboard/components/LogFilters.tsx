import { useEffect, useState } from 'react';
import type { Tone } from '@/lib/classifier/labels';
import type { FollowUpState, ResponseAction } from '@/lib/storage/db';
import { type ResponseFilters } from '@/lib/storage/queries';

const TONES: Tone[] = ['negative', 'neutral', 'positive'];
const ACTIONS: ResponseAction[] = ['inserted', 'copied', 'answered', 'ignored'];
const FOLLOW_UPS: FollowUpState[] = ['none', 'due', 'snoozed', 'done'];

function dayStart(value: string): number | undefined {
  if (!value) return undefined;
  const at = new Date(`${value}T00:00:00`).getTime();
  return Number.isFinite(at) ? at : undefined;
}
function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  return start === undefined ? undefined : start + 86_400_000 - 1;
}

/** Search box and filter menus for the log. Text search waits for a pause in typing. */
export function LogFilters({
  sites,
  onChange,
  debounceMs = 250,
}: {
  sites: string[];
  onChange: (filters: ResponseFilters) => void;
  debounceMs?: number;
}) {
  const [text, setText] = useState('');
  const [site, setSite] = useState('');
  const [tone, setTone] = useState('');
  const [action, setAction] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => {
      const fromAt = dayStart(from);
      const toAt = dayEnd(to);
      onChange({
        ...(text.trim() ? { text: text.trim() } : {}),
        ...(site ? { site } : {}),
        ...(tone ? { tone: tone as Tone } : {}),
        ...(action ? { action: action as ResponseAction } : {}),
        ...(followUp ? { followUpState: followUp as FollowUpState } : {}),
        ...(fromAt !== undefined ? { from: fromAt } : {}),
        ...(toAt !== undefined ? { to: toAt } : {}),
      });
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text, site, tone, action, followUp, from, to, debounceMs, onChange]);

  const reset = () => {
    setText('');
    setSite('');
    setTone('');
    setAction('');
    setFollowUp('');
    setFrom('');
    setTo('');
  };

  return (
    <form className="filters" role="search" aria-label="Filter the log" onSubmit={(event) => event.preventDefault()}>
      <label>
        Search
        <input type="search" value={text} placeholder="Words in the item or the reply" onChange={(event) => setText(event.target.value)} />
      </label>
      <FilterMenu label="Site" anyLabel="All sites" value={site} options={sites} onChange={setSite} />
      <FilterMenu label="Tone" anyLabel="All tones" value={tone} options={TONES} onChange={setTone} />
      <FilterMenu label="Action" anyLabel="All actions" value={action} options={ACTIONS} onChange={setAction} />
      <FilterMenu label="Follow-up" anyLabel="Any follow-up" value={followUp} options={FOLLOW_UPS} onChange={setFollowUp} />
      <label>
        From
        <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </label>
      <label>
        To
        <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </label>
      <button type="button" onClick={reset}>
        Clear filters
      </button>
    </form>
  );
}

/** One labelled menu: "any" (empty value) or one of the options. */
function FilterMenu({
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  anyLabel: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
