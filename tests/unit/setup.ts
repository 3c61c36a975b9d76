import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fastCheckConfig } from './fast-check-config';

// Every fc.assert in the unit suite is seeded: fixed in CI, FC_SEED to replay or randomise.
// fast-check names the seed (and path) in the message of a failing property.
const fcConfig = fastCheckConfig(process.env);
fc.configureGlobal(fcConfig);
if (process.env.FC_SEED === 'random') console.info(`[fast-check] seed ${fcConfig.seed} (replay with FC_SEED=${fcConfig.seed})`);

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
