# shellcheck shell=bash
# Helpers shared by .ci/run and scripts/ci/*.sh. Source it; it does nothing by itself.

log() { printf '[%s] %s\n' "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" "$*"; }
warn() { log "WARNING: $*" >&2; }

# wait_for SECONDS DESCRIPTION COMMAND...: retry COMMAND once a second until it succeeds.
wait_for() {
  local seconds=$1 what=$2 i
  shift 2
  for ((i = 0; i < seconds; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  log "ERROR: $what not ready after ${seconds}s" >&2
  return 1
}
