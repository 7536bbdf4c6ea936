#!/usr/bin/env bash
# Installs or updates a kiosk on this machine (Debian family, systemd): the zwgk-kiosk package, its
# configuration /etc/zwgk/kiosk.env, enrolment with the central office's one-time code (first sync shown
# page by page), the app and the locked-down full-screen browser; waits for /health and prints where
# everything is. Idempotent: a second run with the same options changes nothing.
set -euo pipefail
checkout=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/installer.sh
. "$checkout/install/lib/installer.sh"

PACKAGE=zwgk-kiosk
UNIT=zwgk-kiosk.service
APP_USER=zwgk-kiosk

usage() {
  cat <<'EOF'
用法 / usage: install/kiosk.sh --server URL --code CODE --site SITE [options]
安装或更新一体机（应用与锁定的全屏浏览器）并登记；重复运行不会改动已就绪的部分。
Installs or updates a kiosk (app + locked-down full-screen browser) and enrols it; a second run changes
nothing that is in place.

  --server URL               中心同步服务器 / central sync-server, e.g. https://zwgk.example.gov.cn
  --code CODE                政务公开办提供的一次性登记码 / one-time enrolment code from the console
  --server-key-sha256 FP     中心公钥指纹（登记码旁显示），登记时必填 / central key fingerprint, required to enrol
  --insecure                 允许用明文 http:// 连接其他主机（不建议）/ allow plain http:// to another host (not advised)
  --site SITE                所服务社区/街道的 12 位区划代码 / 12-digit site code of the community
  --kiosk-id ID              本机编号 / kiosk id (default: host name)
  --port N                   本机页面端口 / port of the kiosk screens (default 8081)
  --ntp SERVER               校时服务器 host[:port] / NTP server to check the clock against
  --printer QUEUE            CUPS 打印机队列 / CUPS queue for receipts and lists
  --board-screen             在第二块屏幕显示公告屏 / show the notice board on the second screen
  --no-board-screen          关闭第二块屏幕 / stop showing it
  --deb FILE                 安装包 / the .deb (default: install/target/zwgk-kiosk_*.deb, built if missing)
  --help                     显示本帮助 / show this help
EOF
}

deb="" server="" code="" key_sha256="" site="" kiosk_id="" port="" ntp="" printer="" board="" insecure=""
while [ $# -gt 0 ]; do
  case "$1" in
    --help | -h) usage; exit 0 ;;
    --board-screen) board=on; shift; continue ;;
    --no-board-screen) board=off; shift; continue ;;
    --insecure) insecure=on; shift; continue ;;
    --deb) need_value "$1" $#; deb=$2 ;;
    --server) need_value "$1" $#; server=$2 ;;
    --code) need_value "$1" $#; code=$2 ;;
    --server-key-sha256) need_value "$1" $#; key_sha256=$2 ;;
    --site) need_value "$1" $#; site=$2 ;;
    --kiosk-id) need_value "$1" $#; kiosk_id=$2 ;;
    --port) need_value "$1" $#; port=$2 ;;
    --ntp) need_value "$1" $#; ntp=$2 ;;
    --printer) need_value "$1" $#; printer=$2 ;;
    *) die "未知选项：$1（见 --help）" "unknown option: $1 (see --help)" ;;
  esac
  shift 2
done

[ -z "$server" ] || [[ $server =~ ^https?://[A-Za-z0-9.:_-]+(/[A-Za-z0-9._/-]*)?$ ]] \
  || die "--server 须为 http:// 或 https:// 开头的地址：$server" "--server must be an http:// or https:// address: $server"
server=${server%/}
[ -z "$code" ] || [[ $code =~ ^[A-Za-z0-9-]{4,64}$ ]] || die "登记码格式不对：$code" "malformed enrolment code: $code"
key_sha256=$(tr -d ':' <<<"$key_sha256" | tr 'A-F' 'a-f')
[ -z "$key_sha256" ] || [[ $key_sha256 =~ ^[0-9a-f]{64}$ ]] \
  || die "--server-key-sha256 须为 64 位十六进制指纹。" "--server-key-sha256 must be a 64-digit hex fingerprint."
[ -z "$site" ] || [[ $site =~ ^[0-9]{12}$ ]] || die "--site 须为 12 位区划代码：$site" "--site must be a 12-digit site code: $site"
[ -z "$kiosk_id" ] || [[ $kiosk_id =~ ^[A-Za-z0-9._-]{1,64}$ ]] \
  || die "--kiosk-id 只能用字母、数字和 . _ -：$kiosk_id" "--kiosk-id may hold letters, digits and . _ - only: $kiosk_id"
[ -z "$port" ] || check_port --port "$port"
[ -z "$ntp" ] || [[ $ntp =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || die "--ntp 须为 主机 或 主机:端口：$ntp" "--ntp must be host or host:port: $ntp"
[ -z "$printer" ] || [[ $printer =~ ^[A-Za-z0-9._-]+$ ]] || die "打印机队列名不对：$printer" "malformed printer queue name: $printer"
if [ -n "$code" ] && [ -z "$server" ]; then
  die "登记需要同时给出 --server 和 --code。" "enrolment needs both --server and --code."
fi
if [ -n "$code" ] && [ -z "$key_sha256" ]; then
  die "登记需要 --server-key-sha256（控制台登记码旁显示的中心公钥指纹），以免连到冒充的服务器。" \
    "enrolment needs --server-key-sha256 (the central key fingerprint shown beside the code) so that no other server can pose as the central one."
fi
if [[ $server =~ ^http:// ]] && [ -z "$insecure" ] && ! [[ $server =~ ^http://(localhost|127\.[0-9.]+)(:[0-9]+)?(/.*)?$ ]]; then
  die "拒绝用明文 http:// 连接 $server：终端凭据和申请数据会明文传输。请使用 https://，确需时加 --insecure。" \
    "refusing plain http:// to $server: credentials and requests would travel readable; use https://, or --insecure if you must."
fi

prepare_machine "$PACKAGE" "$deb" "$checkout"

step "写入配置" "writing the configuration"
config="$ROOT_PREFIX/etc/zwgk/kiosk.env"
[ -z "$server" ] || set_env "$config" ZWGK_SERVER_URL "$server"
[ -z "$insecure" ] || set_env "$config" ZWGK_INSECURE true
[ -z "$site" ] || set_env "$config" ZWGK_KIOSK_SITE "$site"
if [ -n "$kiosk_id" ]; then
  set_env "$config" ZWGK_KIOSK_ID "$kiosk_id"
elif [ -z "$(env_value "$config" ZWGK_KIOSK_ID)" ]; then
  set_env "$config" ZWGK_KIOSK_ID "$(hostname -s)"
fi
[ -z "$port" ] || set_env "$config" ZWGK_KIOSK_PORT "$port"
[ -z "$ntp" ] || set_env "$config" ZWGK_NTP_SERVER "$ntp"
[ -z "$printer" ] || set_env "$config" ZWGK_KIOSK_PRINTER "$printer"
[ -n "$(env_value "$config" ZWGK_KIOSK_SITE)" ] \
  || die "尚未设置本机服务的社区：请加 --site 12位区划代码。" "no site configured yet: give --site with the 12-digit site code."
kiosk_port=$(env_value "$config" ZWGK_KIOSK_PORT)
kiosk_port=${kiosk_port:-8081}
app_config_changed=$CONFIG_CHANGED

# The screen user gets the port only (kiosk.env may hold secrets and is not readable by it); the browser
# policy allows exactly this kiosk's address.
screen_config_before=$CONFIG_CHANGED
CONFIG_CHANGED=0
set_env "$ROOT_PREFIX/etc/zwgk/kiosk-screen.env" ZWGK_KIOSK_PORT "$kiosk_port"
chmod 0644 "$ROOT_PREFIX/etc/zwgk/kiosk-screen.env"
policy="$ROOT_PREFIX/etc/chromium/policies/managed/zwgk-kiosk.json"
allow="\"URLAllowlist\": [\"http://127.0.0.1:$kiosk_port\"]"
if [ ! -f "$policy" ]; then
  die "缺少浏览器锁定策略 /etc/chromium/policies/managed/zwgk-kiosk.json（安装包不完整）。" \
    "the browser lock-down policy /etc/chromium/policies/managed/zwgk-kiosk.json is missing (incomplete package)."
elif grep -qF "$allow" "$policy"; then
  unchanged "浏览器只允许打开 127.0.0.1:$kiosk_port" "the browser may open 127.0.0.1:$kiosk_port only"
else
  sed -i "s|\"URLAllowlist\": \[[^]]*\]|$allow|" "$policy"
  say "浏览器只允许打开 127.0.0.1:$kiosk_port" "browser policy: 127.0.0.1:$kiosk_port only"
  CONFIG_CHANGED=1
fi
screen_config_changed=$CONFIG_CHANGED
CONFIG_CHANGED=$((screen_config_before | screen_config_changed))

if [ -n "$printer" ] && command -v lpstat >/dev/null 2>&1; then
  # receipts are printed by the browser (--kiosk-printing): to the system's default queue
  if LC_ALL=C lpstat -d 2>/dev/null | grep -q ": $printer\$"; then
    unchanged "默认打印机 $printer" "default printer $printer"
  else
    sys lpadmin -d "$printer" || die "无法把 $printer 设为默认打印机（lpstat -p 查看队列）。" \
      "cannot make $printer the default printer (see lpstat -p)."
    say "默认打印机：$printer" "default printer: $printer"
    CHANGED=1
  fi
fi

step "登记本机" "enrolment"
data_dir="$ROOT_PREFIX/var/lib/zwgk-kiosk"
enrol_marker="$data_dir/.installer-enrolled"
if [ -f "$enrol_marker" ]; then
  unchanged "本机已登记（$(head -n1 "$enrol_marker")）" "this kiosk is enrolled ($(head -n1 "$enrol_marker"))"
  [ -z "$code" ] || say "登记码未使用，可作废。" "the code was not used; it can be discarded."
elif [ -z "$code" ]; then
  say "本机尚未登记：请用 --server 地址 --code 登记码 再运行一次（登记码在中心控制台「终端」页生成）。" \
    "not enrolled yet: run again with --server URL --code CODE (codes come from the console's fleet page)."
else
  # Embedded Derby opens in one process only: the app pauses while the first sync runs.
  stop_unit "$UNIT"
  say "正在登记并进行首次同步，请稍候…" "enrolling and running the first sync ..."
  mapfile -t settings < <(grep -E '^[A-Z_][A-Z0-9_]*=' "$config" || true)
  expect=()
  [ -z "$key_sha256" ] || expect=(--expect-server-key "$key_sha256")
  # stdout carries the progress lines and the outcome; the app's log (stderr) is shown only on failure
  app_log=$(mktemp)
  if (
    [ ${#settings[@]} -eq 0 ] || export "${settings[@]}"
    sys runuser -u "$APP_USER" -- "$PACKAGE" --sync-once --enrol-code "$code" --server "$server" \
      --site "$(env_value "$config" ZWGK_KIOSK_SITE)" --kiosk-id "$(env_value "$config" ZWGK_KIOSK_ID)" \
      --data /var/lib/zwgk-kiosk "${expect[@]}"
  ) 2>"$app_log" | sed -u 's/^/    /'; then
    rm -f "$app_log"
    mkdir -p "$data_dir"
    (umask 077 && printf '%s %s\n' "$server" "$(date -u +%FT%TZ)" >"$enrol_marker")
    say "登记成功，首次同步完成。" "enrolled; the first sync is done."
    CHANGED=1
  else
    { grep -E ' (WARN|ERROR) |Exception' "$app_log" || tail -n 10 "$app_log"; } | tail -n 10 | sed 's/^/    /' >&2
    rm -f "$app_log"
    sys systemctl start "$UNIT" || true
    die "登记或首次同步失败（原因见上方）。登记码若已用掉，请在控制台重新生成后再运行。" \
      "enrolment or the first sync failed (reason above). If the code was used up, issue a new one and run again."
  fi
fi

step "启动服务与锁定的浏览器" "starting the services and the locked-down browser"
restart=0
if [ "$PACKAGE_CHANGED" = 1 ] || [ "$app_config_changed" = 1 ]; then restart=1; fi
screen_restart=$restart
[ "$screen_config_changed" = 0 ] || screen_restart=1
enable_unit "$UNIT"
enable_unit zwgk-kiosk-health.timer
enable_unit zwgk-kiosk-browser.service
case "$board" in
  on)
    enable_unit zwgk-kiosk-board.service
    say "公告屏显示在 seat1：第二块屏幕需接独立显卡或 USB 显示适配器，并执行一次 loginctl attach seat1 <设备>。" \
      "the board shows on seat1: the second screen needs its own graphics device, attached once with loginctl attach seat1 <device>."
    ;;
  off) disable_unit zwgk-kiosk-board.service ;;
esac
start_unit "$UNIT" "$restart"
start_unit zwgk-kiosk-health.timer 0
start_unit zwgk-kiosk-browser.service "$screen_restart"
[ "$board" != on ] || start_unit zwgk-kiosk-board.service "$screen_restart"
wait_health "http://127.0.0.1:$kiosk_port" "$UNIT" "${ZWGK_INSTALL_HEALTH_SECONDS:-120}"

step "摘要" "summary"
cat <<EOF
  居民页面 / resident screens:   http://127.0.0.1:$kiosk_port/      （仅本机 local only）
  工作人员 / staff mode:         http://127.0.0.1:$kiosk_port/staff   公告屏 / board: /board
  配置 / config:   /etc/zwgk/kiosk.env   (修改后 after a change: systemctl restart $UNIT)
  数据 / data:     /var/lib/zwgk-kiosk    备份 / backups: /var/backups/zwgk-kiosk
  日志 / logs:     journalctl -u $UNIT -f     浏览器 / browser: journalctl -u zwgk-kiosk-browser
  同步状态 / sync state:  curl -s http://127.0.0.1:$kiosk_port/health
EOF
finish
