#!/usr/bin/env bash
# Makes sure a Chromium exists for the browser tests, bench and handouts, and prints its path.
# Order: $CHROMIUM_PATH, Playwright's own Chromium, a system chromium; otherwise Debian's
# chromium is installed when running as root (Playwright cannot download browsers here).
# CJK fonts are installed with it so Chinese pages render (and print) as text, not boxes.
set -euo pipefail

found() { echo "$1"; exit 0; }

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then found "$CHROMIUM_PATH"; fi

own=$(node -e "try{const p=require('playwright-core').chromium.executablePath();require('fs').accessSync(p);console.log(p)}catch{}" 2>/dev/null || true)
if [ -n "$own" ]; then found "$own"; fi

for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then found "$(command -v "$candidate")"; fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium and CJK fonts (one time)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2
  found "$(command -v chromium)"
fi

cat >&2 <<'HELP'
Chromium is needed for the browser tests and was not found.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk
  or point CHROMIUM_PATH at an existing Chrome/Chromium binary.
HELP
exit 1
