/**
 * Placeholder route: the playbook editor (components/playbooks/PlaybookEditor)
 * is written in parallel; the lead mounts it here.
 */
export function PlaybooksPage() {
  return (
    <section aria-labelledby="playbooks-title">
      <h1 id="playbooks-title">Playbooks</h1>
      <p className="muted">The playbook and template editor will appear here.</p>
    </section>
  );
}
