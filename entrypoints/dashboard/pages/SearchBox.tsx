import { useId } from 'react';

/** A labelled search field for a dashboard list (People, Follow-ups); filters as the user types. */
export function SearchBox({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <form role="search" aria-label={label} className="page-search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
    </form>
  );
}
