#!/usr/bin/env bash
# Benchmarks (not part of the test command): bench/run.sh [suite ...]; suites: sync-initial, startup, search,
# sync, requests (and the others listed in BenchMain); `bench/run.sh soak` runs KillDuringSyncIT with 50 kills.
# Prints one line per figure: BENCH <name> <value> <unit>.
set -euo pipefail
cd "$(dirname "$0")/.."
. install/lib/java.sh
zwgk_pick_java
# soak: the kill-during-sync test with 50 rounds instead of the test command's 10 (a long run, not a figure).
if [ "${1:-}" = soak ]; then
  kills="${ZWGK_KILLS:-50}"
  ./mvnw -B -q verify -pl kiosk-app -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=KillDuringSyncIT -Dzwgk.kills="$kills" >&2
  echo "BENCH soak.kill_rounds_passed $kills rounds"
  exit 0
fi
# Always measure the code as it is now (BENCH_NO_BUILD=1 reuses the jars already built).
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  echo "# building (skipping tests) ..." >&2
  ./mvnw -B -q -DskipTests package >&2
fi
exec java -Xmx1g -Dzwgk.root="$(pwd)" -jar bench/target/bench-all.jar "$@"
