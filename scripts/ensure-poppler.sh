#!/usr/bin/env bash
# Makes sure poppler's pdftotext and pdfinfo exist: the tests read the handout PDFs back with them.
# When missing and running as root on Debian/Ubuntu, installs Debian's poppler-utils (as
# scripts/install-chromium.sh does for Chromium); otherwise says what to run.
set -euo pipefail

if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
  command -v pdftotext
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "pdftotext not found: installing Debian's poppler-utils (one time)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends poppler-utils >&2
  command -v pdftotext
  exit 0
fi

cat >&2 <<'HELP'
pdftotext (poppler) is needed to check the handout PDFs and was not found.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install poppler-utils
  macOS:          brew install poppler
HELP
exit 1
