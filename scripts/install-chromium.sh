#!/usr/bin/env bash
# Installs a Chromium for the browser tests, bench and handouts and prints its path. Called by
# chromiumPath() (src/build/chromium.ts) only when its lookup found none. As root on
# Debian/Ubuntu it installs Debian's chromium (Playwright cannot download browsers here) with
# CJK fonts so Chinese pages render (and print) as text, not boxes; otherwise it says what to run.
set -euo pipefail

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium and CJK fonts (one time)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2
  command -v chromium
  exit 0
fi

cat >&2 <<'HELP'
Chromium is needed for the browser tests and was not found.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk
  or point CHROMIUM_PATH at an existing Chrome/Chromium binary.
HELP
exit 1
