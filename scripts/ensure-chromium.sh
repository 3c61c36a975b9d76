#!/usr/bin/env bash
# Makes sure a Chromium exists for the real-browser tests and `npm start`.
# Uses CHROME_PATH when set; else Debian's /usr/bin/chromium, installing it with
# apt-get when we are root and it is missing. Never downloads a browser build.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium (needed for the browser tests)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
cat >&2 <<'MSG'
Chromium was not found. Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get install chromium
  or point CHROME_PATH at a Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm test
MSG
exit 1
