#!/usr/bin/env bash
# Starts the local PostgreSQL cluster and Redis if they do not answer, then waits for both.
# A no-op when they already run. Needs root (or the postgres user) to start PostgreSQL.
set -euo pipefail
# shellcheck source=scripts/ci/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432; }
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; }

ensure_postgres() {
  if pg_up; then log "PostgreSQL answers on 127.0.0.1:5432"; return; fi
  local version
  version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$version" ]; then log "ERROR: no cluster under /etc/postgresql" >&2; return 1; fi
  log "starting PostgreSQL $version"
  # The socket directory lives in /run, which may be empty after a machine restart.
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql
  # A cluster that is already starting makes this fail; the wait below decides.
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || warn "pg_ctlcluster start failed"
  wait_for 60 PostgreSQL pg_up
  log "PostgreSQL is ready"
}

# BullMQ needs noeviction (evicted keys are lost jobs); the api and worker refuse any other policy.
require_noeviction() {
  local policy
  policy=$(redis-cli -h 127.0.0.1 -p 6379 config get maxmemory-policy 2>/dev/null | tail -n 1 || true)
  if [ "$policy" = noeviction ]; then return; fi
  log "Redis maxmemory-policy is ${policy:-unknown}; setting noeviction"
  redis-cli -h 127.0.0.1 -p 6379 config set maxmemory-policy noeviction | grep -qx OK \
    || warn "could not set maxmemory-policy noeviction on the test Redis; the api and worker will refuse to start"
}

ensure_redis() {
  if redis_up; then log "Redis answers on 127.0.0.1:6379"; require_noeviction; return; fi
  log "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --maxmemory-policy noeviction --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_for 30 Redis redis_up
  require_noeviction
  log "Redis is ready"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_postgres
  ensure_redis
fi
