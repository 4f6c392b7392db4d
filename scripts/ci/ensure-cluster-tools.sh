#!/usr/bin/env bash
# Installs Debian's HAProxy and PgBouncer when missing: `npm run cluster` and the cluster e2e test
# start them (with local redis-server processes in cluster mode) as the scaled-out layout.
# The packages' own services stay off: the layout starts its processes with its own config files.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

missing=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
if [ ${#missing[@]} -eq 0 ]; then
  log "cluster tools present: $(/usr/sbin/haproxy -v 2>/dev/null | head -1); $(/usr/sbin/pgbouncer --version 2>/dev/null | head -1)"
  exit 0
fi
log "installing ${missing[*]} from Debian"
export DEBIAN_FRONTEND=noninteractive
timeout 900 apt-get update -q
timeout 900 apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
# The packages start their default services where an init system runs; the layout needs neither.
for service in haproxy pgbouncer; do
  if command -v service >/dev/null 2>&1; then service "$service" stop >/dev/null 2>&1 || true; fi
done
log "cluster tools installed"
