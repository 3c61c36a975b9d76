import { hrefFor } from '@/components/dashboard/use-hash-route';

/** Placeholder route: the lead mounts components/settings/WelcomePage here. */
export function WelcomePage() {
  return (
    <section aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Replybook</h1>
      <p>
        Replybook finds comments and reviews on the sites you manage, labels their tone on your computer, and keeps a
        private log of your replies. Nothing leaves your browser.
      </p>
      <p>
        <a href={hrefFor('log')}>Open the log</a>
      </p>
    </section>
  );
}
