#!/usr/bin/env bash
# Installs Debian's chromium for the headless browser tests when /usr/bin/chromium is missing.
# Never fails: without chromium only the browser tests are affected, so CI goes on with a warning.
set -uo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ -x /usr/bin/chromium ]; then
  log "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
log "installing chromium from Debian"
export DEBIAN_FRONTEND=noninteractive
if timeout 900 apt-get update -q && timeout 900 apt-get install -y -q --no-install-recommends \
  chromium fonts-dejavu-core </dev/null; then
  log "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
else
  warn "chromium could not be installed; browser tests that need /usr/bin/chromium will fail"
fi
exit 0
