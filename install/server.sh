#!/usr/bin/env bash
# Installs or updates the central sync-server on this machine (Debian family, systemd): the zwgk-sync-server
# package, its configuration /etc/zwgk/sync-server.env, the first central admin, the services; waits for
# /health and prints where everything is. Idempotent: a second run with the same options changes nothing.
set -euo pipefail
checkout=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/installer.sh
. "$checkout/install/lib/installer.sh"

PACKAGE=zwgk-sync-server
UNIT=zwgk-sync-server.service
APP_USER=zwgk-server

usage() {
  cat <<'EOF'
用法 / usage: install/server.sh [options]
安装或更新中心同步服务器；重复运行不会改动已就绪的部分。
Installs or updates the central sync-server; a second run changes nothing that is in place.

  --deb FILE                 安装包 / the .deb (default: install/target/zwgk-sync-server_*.deb, built if missing)
  --port N                   监听端口 / port (ZWGK_SERVER_PORT, package default 8080)
  --host ADDR                监听地址 / listen address (ZWGK_SERVER_HOST, package default 0.0.0.0)
  --jdbc-url URL             使用 PostgreSQL / use PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/zwgk
  --jdbc-user USER           数据库用户 / database user
  --jdbc-password-file FILE  数据库密码文件 / file holding the database password
  --tls-keystore FILE        HTTPS 证书（PKCS#12）/ PKCS#12 keystore: serve HTTPS
  --tls-password-file FILE   证书密码文件 / file holding the keystore password
  --ntp-port N               提供 NTP 校时的 UDP 端口 / also answer NTP on this UDP port (>= 1024)
  --admin-user NAME          首个中心管理员账号 / first central admin's username (default admin)
  --admin-password-file FILE 管理员密码文件（否则自动生成并只显示一次）/ admin password file
                             (otherwise a strong one is generated and printed once)
  --help                     显示本帮助 / show this help
EOF
}

deb="" port="" host="" jdbc_url="" jdbc_user="" jdbc_password_file="" tls_keystore="" tls_password_file=""
ntp_port="" admin_user=admin admin_password_file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --help | -h) usage; exit 0 ;;
    --deb) need_value "$1" $#; deb=$2 ;;
    --port) need_value "$1" $#; port=$2 ;;
    --host) need_value "$1" $#; host=$2 ;;
    --jdbc-url) need_value "$1" $#; jdbc_url=$2 ;;
    --jdbc-user) need_value "$1" $#; jdbc_user=$2 ;;
    --jdbc-password-file) need_value "$1" $#; jdbc_password_file=$2 ;;
    --tls-keystore) need_value "$1" $#; tls_keystore=$2 ;;
    --tls-password-file) need_value "$1" $#; tls_password_file=$2 ;;
    --ntp-port) need_value "$1" $#; ntp_port=$2 ;;
    --admin-user) need_value "$1" $#; admin_user=$2 ;;
    --admin-password-file) need_value "$1" $#; admin_password_file=$2 ;;
    *) die "未知选项：$1（见 --help）" "unknown option: $1 (see --help)" ;;
  esac
  shift 2
done

read_secret() {  # option, file → the file's first line
  [ -r "$2" ] || die "$1：无法读取文件 $2" "$1: cannot read $2"
  head -n1 "$2" | tr -d '\r\n'
}
[ -z "$port" ] || check_port --port "$port"
[ -z "$host" ] || [[ $host =~ ^[A-Za-z0-9.:_-]+$|^\[[0-9A-Fa-f:]+\]$ ]] \
  || die "--host 须为 IP 地址或主机名：$host" "--host must be an IP address or host name: $host"
[ -z "$jdbc_user" ] || [[ $jdbc_user =~ ^[A-Za-z0-9._-]+$ ]] \
  || die "--jdbc-user 只能用字母、数字和 . _ -：$jdbc_user" "--jdbc-user may hold letters, digits and . _ - only: $jdbc_user"
[ -z "$ntp_port" ] || [ "$ntp_port" = 0 ] || check_port --ntp-port "$ntp_port"
[ -z "$jdbc_url" ] || [[ $jdbc_url == jdbc:postgresql://* ]] \
  || die "--jdbc-url 须以 jdbc:postgresql:// 开头：$jdbc_url" "--jdbc-url must start with jdbc:postgresql://: $jdbc_url"
[ -z "$tls_keystore" ] || [ -f "$tls_keystore" ] || die "找不到证书文件 $tls_keystore。" "keystore $tls_keystore not found."
[[ $admin_user =~ ^[A-Za-z0-9._-]{2,32}$ ]] \
  || die "--admin-user 只能用字母、数字和 . _ -：$admin_user" "--admin-user may hold letters, digits and . _ - only: $admin_user"

prepare_machine "$PACKAGE" "$deb" "$checkout"

step "写入配置" "writing the configuration"
config="$ROOT_PREFIX/etc/zwgk/sync-server.env"
[ -z "$port" ] || set_env "$config" ZWGK_SERVER_PORT "$port"
[ -z "$host" ] || set_env "$config" ZWGK_SERVER_HOST "$host"
[ -z "$jdbc_url" ] || set_env "$config" ZWGK_JDBC_URL "$jdbc_url"
[ -z "$jdbc_user" ] || set_env "$config" ZWGK_JDBC_USER "$jdbc_user"
[ -z "$jdbc_password_file" ] || set_env "$config" ZWGK_JDBC_PASSWORD "$(read_secret --jdbc-password-file "$jdbc_password_file")"
[ -z "$tls_keystore" ] || set_env "$config" ZWGK_TLS_KEYSTORE "$(readlink -f "$tls_keystore")"
[ -z "$tls_password_file" ] || set_env "$config" ZWGK_TLS_PASSWORD "$(read_secret --tls-password-file "$tls_password_file")"
[ -z "$ntp_port" ] || set_env "$config" ZWGK_NTP_PORT "$ntp_port"
if [ -z "$port$host$jdbc_url$jdbc_user$jdbc_password_file$tls_keystore$tls_password_file$ntp_port" ]; then
  unchanged "未给出配置选项" "no configuration options given"
fi

step "中心管理员账号" "first central admin"
data_dir="$ROOT_PREFIX/var/lib/zwgk-sync-server"
admin_marker="$data_dir/.installer-admin-done"
if [ -f "$admin_marker" ]; then
  unchanged "管理员账号已建立" "the first admin exists"
else
  if [ -n "$admin_password_file" ]; then
    admin_password=$(read_secret --admin-password-file "$admin_password_file")
    [ ${#admin_password} -ge 12 ] || die "管理员密码至少 12 个字符。" "the admin password needs at least 12 characters."
  else
    admin_password=$(LC_ALL=C tr -dc 'A-HJ-NP-Za-km-z2-9' < <(head -c 800 /dev/urandom))
    admin_password=${admin_password:0:20}
  fi
  # Embedded Derby opens in one process only: the service pauses while the account is written.
  stop_unit "$UNIT"
  mapfile -t settings < <(grep -E '^[A-Z_][A-Z0-9_]*=' "$config" || true)
  output=$( (
    [ ${#settings[@]} -eq 0 ] || export "${settings[@]}"
    printf '%s\n' "$admin_password" | sys runuser -u "$APP_USER" -- "$PACKAGE" staff-add --username "$admin_user" \
      --name 中心管理员 --role CENTRAL_ADMIN --if-none --password
  ) 2>&1) || die "建立管理员账号失败：$output" "creating the admin account failed: $output"
  if grep -q "created staff account" <<<"$output"; then
    say "已建立中心管理员：$admin_user" "created the central admin: $admin_user"
    if [ -z "$admin_password_file" ]; then
      printf '  初始密码（只显示这一次，请立即登录并修改）/ initial password (shown once, change it at first login):\n'
      printf '      %s\n' "$admin_password"
    fi
  else
    say "已有员工账号，未新建管理员。" "staff accounts exist already: no admin created."
  fi
  mkdir -p "$data_dir"
  (umask 077 && date -u +%FT%TZ >"$admin_marker")
  CHANGED=1
fi

step "启动服务" "starting the services"
restart=0
if [ "$PACKAGE_CHANGED" = 1 ] || [ "$CONFIG_CHANGED" = 1 ]; then restart=1; fi
enable_unit "$UNIT"
enable_unit zwgk-sync-server-health.timer
start_unit "$UNIT" "$restart"
start_unit zwgk-sync-server-health.timer 0

listen_port=$(env_value "$config" ZWGK_SERVER_PORT)
listen_host=$(env_value "$config" ZWGK_SERVER_HOST)
case "${listen_host:-0.0.0.0}" in 0.0.0.0 | :: | "[::]") local_host=127.0.0.1 ;; *) local_host=$listen_host ;; esac
scheme=http
[ -z "$(env_value "$config" ZWGK_TLS_KEYSTORE)" ] || scheme=https
base="$scheme://$local_host:${listen_port:-8080}"
wait_health "$base" "$UNIT" "${ZWGK_INSTALL_HEALTH_SECONDS:-120}"

step "摘要" "summary"
cat <<EOF
  同步服务 / sync API and status page:  $scheme://<本机地址 this host>:${listen_port:-8080}/
  管理控制台 / staff console:            $scheme://<本机地址 this host>:${listen_port:-8080}/console/
  配置 / config:   /etc/zwgk/sync-server.env   (修改后 after a change: systemctl restart $UNIT)
  数据 / data:     /var/lib/zwgk-sync-server    备份 / backups: /var/backups/zwgk-sync-server
  日志 / logs:     journalctl -u $UNIT -f
  登记一体机 / enrol a kiosk:  控制台「终端」页生成登记码 / one-time codes on the console's fleet page
EOF
finish
