#!/usr/bin/env bash
# Runs the demo: a central sync-server on :8080 and one kiosk on :8081, each with its own embedded
# Derby database under data/demo/, the demo data imported into the server and pulled by the kiosk
# through a real sync. Ctrl-C stops both.
#   install/demo.sh            keep the data of an earlier run
#   install/demo.sh --fresh    start from empty databases
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. install/lib/java.sh
zwgk_pick_java

SERVER_PORT=${ZWGK_SERVER_PORT:-8080}
KIOSK_PORT=${ZWGK_KIOSK_PORT:-8081}
DATA=${ZWGK_DEMO_DATA:-$ROOT/data/demo}
SERVER_JAR=sync-server/target/sync-server-all.jar
KIOSK_JAR=kiosk-app/target/kiosk-app-all.jar

if [ "${1:-}" = "--fresh" ]; then
  rm -rf "$DATA"
fi

for port in "$SERVER_PORT" "$KIOSK_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "error: port $port is already in use; stop what runs there (or set ZWGK_SERVER_PORT / ZWGK_KIOSK_PORT)." >&2
    exit 1
  fi
done

if [ ! -f "$SERVER_JAR" ] || [ ! -f "$KIOSK_JAR" ]; then
  echo "demo: building (first run only, a few minutes) ..."
  ./mvnw -B -q -DskipTests package
fi

SITE=110199001001   # 东湖社区, a community of the demo district
mkdir -p "$DATA"
if [ ! -d "$DATA/server/db" ]; then
  echo "demo: generating and importing the demo data ..."
  java -jar "$SERVER_JAR" demo-data "$DATA/demo-data.jsonl"
  java -jar "$SERVER_JAR" import --data "$DATA/server" "$DATA/demo-data.jsonl"
  # Demo staff (passwords printed below; a real installation creates its own with staff-add / the console).
  java -jar "$SERVER_JAR" staff-add --data "$DATA/server" --username admin --name 演示管理员 \
    --role CENTRAL_ADMIN,CATALOGUE_EDITOR,REQUEST_OFFICER --password demo-admin-2026 >/dev/null
  java -jar "$SERVER_JAR" staff-add --data "$DATA/server" --username shequ --name 社区工作人员 \
    --role COMMUNITY_STAFF --site "$SITE" --password demo-shequ-2026 >/dev/null
  java -jar "$SERVER_JAR" staff-add --data "$DATA/server" --username dating --name 大厅工作人员 \
    --role HALL_STAFF --site "$SITE" --password demo-dating-2026 >/dev/null
fi
ENROL=()
if [ ! -d "$DATA/kiosk/db" ]; then
  # The central office issues a one-time code; the kiosk enrols with it on its first start.
  CODE=$(java -jar "$SERVER_JAR" enrol-code --data "$DATA/server" --site "$SITE" 2>/dev/null | tail -n1)
  echo "demo: one-time enrolment code for the kiosk: $CODE"
  ENROL=(--enrol-code "$CODE")
fi

pids=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "demo: stopping ..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "demo: stopped."
}
trap stop INT TERM EXIT

# the server also answers NTP on UDP $NTP_PORT: the kiosk checks its clock against it (offline sync, issue 5)
NTP_PORT=${ZWGK_NTP_PORT:-11123}
java -Xmx256m -jar "$SERVER_JAR" serve --port "$SERVER_PORT" --data "$DATA/server" --ntp-port "$NTP_PORT" \
  >"$DATA/server.log" 2>&1 &
pids+=($!)
wait_for() { # url, seconds, what
  for _ in $(seq 1 "$2"); do
    if curl -fsS "$1" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "error: $3 did not answer at $1 within $2 s; see $DATA/*.log" >&2
  return 1
}
wait_for "http://127.0.0.1:$SERVER_PORT/health" 60 "sync-server"

ZWGK_NTP_SERVER="127.0.0.1:$NTP_PORT" \
java -Xmx192m -XX:+UseSerialGC -jar "$KIOSK_JAR" --port "$KIOSK_PORT" --data "$DATA/kiosk" \
  --server "http://127.0.0.1:$SERVER_PORT" --kiosk-id demo-kiosk-1 --site "$SITE" "${ENROL[@]}" \
  >"$DATA/kiosk.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$KIOSK_PORT/health" 90 "kiosk"

echo "demo: waiting for the kiosk's first sync ..."
for _ in $(seq 1 120); do
  health=$(curl -fsS "http://127.0.0.1:$KIOSK_PORT/health" || true)
  if echo "$health" | grep -q '"lastSuccessAt":"'; then break; fi
  sleep 1
done
echo "demo: kiosk sync state: $health"

cat <<INFO

  central sync-server (status page): http://127.0.0.1:$SERVER_PORT/
  central console (staff):           http://127.0.0.1:$SERVER_PORT/console/   admin / demo-admin-2026
  kiosk (resident screens):          http://127.0.0.1:$KIOSK_PORT/
  kiosk staff mode:                  http://127.0.0.1:$KIOSK_PORT/staff   shequ / demo-shequ-2026 (community),
                                                                         dating / demo-dating-2026 (hall)

  data and logs under $DATA — press Ctrl-C to stop both.
INFO
wait "${pids[@]}"
