import { hrefFor } from '@/components/dashboard/use-hash-route';
import { WelcomePage as WelcomeForm } from '@/components/settings/WelcomePage';
import { REGISTERED_SITE_OPTIONS } from '@/components/settings/site-options';

/** First run: what replies need (brand, name, signature, contacts) and which sites to turn on. */
export function WelcomePage() {
  return (
    <WelcomeForm
      sites={REGISTERED_SITE_OPTIONS}
      onDone={() => {
        location.hash = hrefFor('log');
      }}
    />
  );
}
