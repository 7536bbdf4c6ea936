#!/bin/sh
# Health monitor of the zwgk apps, run every minute as root by zwgk-sync-server-health.timer or
# zwgk-kiosk-health.timer (installed as /opt/<package>/health-check.sh).
# It restarts the app only when /health does not answer or answers 503 (database down): "warn" (low disk,
# old last sync, clock drift) is logged for a person to look at, since a restart does not help there.
# It reads the app's settings from the environment (the units load /etc/zwgk/*.env).
set -u

usage() {
  echo "用法 / usage: $0 server|kiosk" >&2
  exit 2
}

[ $# -eq 1 ] || usage
case "$1" in
  server)
    unit=zwgk-sync-server.service
    host=${ZWGK_SERVER_HOST:-127.0.0.1}
    port=${ZWGK_SERVER_PORT:-8080}
    scheme=http
    if [ -n "${ZWGK_TLS_KEYSTORE:-}" ]; then scheme=https; fi
    ;;
  kiosk)
    unit=zwgk-kiosk.service
    host=127.0.0.1
    port=${ZWGK_KIOSK_PORT:-8081}
    scheme=http
    ;;
  *) usage ;;
esac
case "$host" in
  ""|0.0.0.0|::|"[::]") host=127.0.0.1 ;;
esac
case "$host" in
  *:*) host="[$host]" ;;
esac
url="$scheme://$host:$port/health"
# A fresh start needs time before /health answers (Vaadin, Derby recovery): no restart within this.
grace=${ZWGK_HEALTH_GRACE_SECONDS:-180}

if ! systemctl is-active --quiet "$unit"; then
  echo "$unit 未运行，不处理 / not running: left alone"
  exit 0
fi

# -k: this is a loopback probe, the certificate names the public host, not 127.0.0.1.
answer=$(curl -s -k --max-time 15 -w '\n%{http_code}' "$url" 2>/dev/null)
code=$(printf '%s\n' "$answer" | tail -n 1)
body=$(printf '%s\n' "$answer" | sed '$d')

if [ "$code" = 200 ]; then
  if printf '%s' "$body" | grep -q '"status" *: *"warn"'; then
    echo "健康检查警告，请查看 / health warning, please look at it: $body"
  fi
  exit 0
fi

if [ "$code" != 503 ] && [ "$code" != 000 ]; then
  echo "健康检查返回 HTTP $code，未重启 / unexpected answer, not restarted: $body"
  exit 1
fi

since=$(systemctl show -p ActiveEnterTimestampMonotonic --value "$unit" 2>/dev/null)
uptime_s=$(cut -d. -f1 /proc/uptime)
case "$since" in
  ''|*[!0-9]*) since=0 ;;
esac
if [ $((uptime_s - since / 1000000)) -lt "$grace" ]; then
  echo "$unit 正在启动，稍后再查 / still starting (HTTP $code), checked again later"
  exit 0
fi

if [ "$code" = 000 ]; then
  echo "$url 无响应，重启 $unit / no answer: restarting"
else
  echo "数据库无响应（503），重启 $unit / database not answering: restarting: $body"
fi
systemctl restart --no-block "$unit"
exit 1
