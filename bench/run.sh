#!/usr/bin/env bash
# Benchmarks (not part of the test command): bench/run.sh [suite ...]; suites: sync-initial, startup, search,
# sync, requests (and the others listed in BenchMain).
# Prints one line per figure: BENCH <name> <value> <unit>.
set -euo pipefail
cd "$(dirname "$0")/.."
. install/lib/java.sh
zwgk_pick_java
# Always measure the code as it is now (BENCH_NO_BUILD=1 reuses the jars already built).
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  echo "# building (skipping tests) ..." >&2
  ./mvnw -B -q -DskipTests package >&2
fi
exec java -Xmx1g -Dzwgk.root="$(pwd)" -jar bench/target/bench-all.jar "$@"
