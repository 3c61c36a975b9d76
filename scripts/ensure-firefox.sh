#!/usr/bin/env bash
# Makes sure a Firefox exists for the Firefox suite (tests/e2e/firefox.test.ts).
# Uses FIREFOX_PATH when set; else Debian's /usr/bin/firefox-esr, installing it with
# apt-get when we are root and it is missing. Never downloads a browser build.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then exit 0; fi
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's firefox-esr (needed for the Firefox tests)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  [ -x /usr/bin/firefox-esr ] && exit 0
fi
cat >&2 <<'MSG'
Firefox was not found. Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get install firefox-esr
  or point FIREFOX_PATH at a Firefox binary: FIREFOX_PATH=/path/to/firefox npm test
MSG
exit 1
