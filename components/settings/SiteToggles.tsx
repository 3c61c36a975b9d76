import { isSiteOn, type SiteOption } from './sites';

export interface SiteTogglesProps {
  sites: SiteOption[];
  value: Record<string, boolean>;
  onChange: (value: Record<string, boolean>) => void;
  idPrefix: string;
}

/** One checkbox per supported site. */
export function SiteToggles({ sites, value, onChange, idPrefix }: SiteTogglesProps) {
  return (
    <fieldset className="rb-fieldset">
      <legend>Sites to work on</legend>
      {sites.map((site) => {
        const id = `${idPrefix}-site-${site.id}`;
        return (
          <div className="rb-check" key={site.id}>
            <input
              id={id}
              type="checkbox"
              checked={isSiteOn(value, site.id)}
              onChange={(event) => onChange({ ...value, [site.id]: event.target.checked })}
            />
            <label htmlFor={id}>{site.name}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
