#!/usr/bin/env bash
# Benchmarks (not part of the test command): bench/run.sh [suite ...]; suites: sync-initial, startup.
# Prints one line per figure: BENCH <name> <value> <unit>. Builds the jars when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. install/lib/java.sh
zwgk_pick_java
if [ ! -f bench/target/bench-all.jar ] || [ ! -f kiosk-app/target/kiosk-app-all.jar ] \
   || [ ! -f sync-server/target/sync-server-all.jar ]; then
  echo "# building (skipping tests) ..." >&2
  ./mvnw -B -q -DskipTests package >&2
fi
exec java -Xmx1g -Dzwgk.root="$(pwd)" -jar bench/target/bench-all.jar "$@"
