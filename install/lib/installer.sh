# shellcheck shell=bash
# Shared by install/server.sh and install/kiosk.sh (sourced, bash). Messages to the operator: Chinese
# first line, English second. System commands go through `sys` so tests can put recording stand-ins for
# apt-get, dpkg-query, systemctl, runuser and the launchers first on PATH; ZWGK_INSTALL_ROOT prefixes
# every path under /etc, /var, /opt, /run (tests install into a temporary directory).

ROOT_PREFIX=${ZWGK_INSTALL_ROOT:-}
MIN_FREE_MB=2048
CHANGED=0   # set to 1 by a step that changed the machine

say() {  # zh, en
  printf '%s\n  %s\n' "$1" "$2"
}

step() {  # zh, en: a heading for one step
  printf '\n== %s / %s\n' "$1" "$2"
}

unchanged() {  # what (zh), what (en)
  printf '  不变：%s / unchanged: %s\n' "$1" "$2"
}

die() {  # zh, en
  printf '错误：%s\n  error: %s\n' "$1" "$2" >&2
  exit 1
}

sys() {  # the one door to system commands (see the header)
  "$@"
}

# --- options -------------------------------------------------------------------------------------------

need_value() {  # option, remaining argument count
  [ "$2" -ge 2 ] || die "选项 $1 缺少取值（见 --help）。" "option $1 needs a value (see --help)."
}

check_port() {  # option, value
  if ! [[ $2 =~ ^[0-9]+$ ]] || [ "$2" -lt 1024 ] || [ "$2" -gt 65535 ]; then
    die "$1 须为 1024–65535 之间的端口号：$2" "$1 must be a port between 1024 and 65535: $2"
  fi
}

# --- prerequisites -------------------------------------------------------------------------------------

# The first two steps of both installers: the prerequisites, then the package. Sets PACKAGE_CHANGED.
PACKAGE_CHANGED=0
prepare_machine() {  # package, --deb value (may be empty), checkout dir
  local file
  step "检查前提条件" "checking prerequisites"
  require_root
  require_debian
  require_systemd
  require_free_disk /var/lib /opt
  require_cjk_font
  say "前提条件满足。" "prerequisites met."
  step "安装软件包" "installing the package"
  file=$(find_deb "$1" "$2" "$3")
  install_deb "$1" "$file"
  # shellcheck disable=SC2034 # read by the installers that source this file
  PACKAGE_CHANGED=$CHANGED
}

require_root() {  # an install into a directory (ZWGK_INSTALL_ROOT, tests) needs no root
  [ -n "$ROOT_PREFIX" ] || [ "$(id -u)" -eq 0 ] || die "请用 root 运行（例如 sudo $0 …）。" "run as root (e.g. sudo $0 ...)."
}

require_debian() {
  local file="$ROOT_PREFIX/etc/os-release" id="" like=""
  [ -r "$file" ] || die "找不到 /etc/os-release，无法确认系统类型；需要 Debian 系（Debian、Ubuntu、麒麟、统信 UOS）。" \
    "/etc/os-release not found; a Debian-family system is needed (Debian, Ubuntu, Kylin, UOS)."
  id=$(sed -n 's/^ID=//p' "$file" | tr -d '"')
  like=$(sed -n 's/^ID_LIKE=//p' "$file" | tr -d '"')
  case " $id $like " in
    *" debian "* | *" ubuntu "*) ;;
    *) die "本系统（ID=$id）不是 Debian 系；需要 Debian、Ubuntu、麒麟或统信 UOS。" \
      "this system (ID=$id) is not Debian-based; Debian, Ubuntu, Kylin or UOS is needed." ;;
  esac
}

require_systemd() {
  [ -d "$ROOT_PREFIX/run/systemd/system" ] || die "系统未以 systemd 运行（没有 /run/systemd/system）；服务需要 systemd。" \
    "systemd is not running (no /run/systemd/system); the services need it."
}

require_cjk_font() {
  if ! command -v fc-list >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    die "缺少中文字体：请执行 apt-get install fonts-noto-cjk fonts-wqy-zenhei" \
      "no CJK font: apt-get install fonts-noto-cjk fonts-wqy-zenhei"
  fi
}

require_free_disk() {  # directory ...: each needs MIN_FREE_MB (checked on its nearest existing parent)
  local dir probe free_mb
  for dir in "$@"; do
    probe="$ROOT_PREFIX$dir"
    while [ ! -d "$probe" ]; do probe=$(dirname "$probe"); done
    free_mb=$(df -Pm "$probe" | awk 'NR == 2 { print $4 }')
    if [ "$free_mb" -lt "$MIN_FREE_MB" ]; then
      die "$dir 所在磁盘只剩 ${free_mb} MB，至少需要 ${MIN_FREE_MB} MB。" \
        "only ${free_mb} MB free under $dir; at least ${MIN_FREE_MB} MB is needed."
    fi
  done
}

# --- the package -----------------------------------------------------------------------------------------

# Prints the .deb to install: --deb FILE, else install/target/<package>_*.deb of this checkout, else one
# built now (only then is a JDK 21+ needed).
find_deb() {  # package, --deb value (may be empty), checkout dir
  local package=$1 given=$2 checkout=$3 found
  if [ -n "$given" ]; then
    [ -f "$given" ] || die "找不到安装包 $given。" "package file $given not found."
    printf '%s\n' "$given"
    return
  fi
  found=$(find "$checkout/install/target" -maxdepth 1 -name "${package}_*.deb" 2>/dev/null | sort | tail -n1)
  if [ -z "$found" ]; then
    say "未找到 $package 安装包，正在构建（需要 JDK 21 及以上，约需数分钟）…" \
      "no $package package found: building it (needs JDK 21+, a few minutes) ..." >&2
    # shellcheck source=java.sh
    . "$checkout/install/lib/java.sh"
    zwgk_pick_java >&2 || die "构建安装包需要 JDK 21 及以上：apt-get install openjdk-21-jdk-headless，或用 --deb 指定安装包。" \
      "building the package needs JDK 21+: apt-get install openjdk-21-jdk-headless, or give --deb FILE."
    (cd "$checkout" && ./mvnw -B -q -pl install -am package -DskipTests) >&2 \
      || die "构建安装包失败（见上方输出）。" "building the package failed (see the output above)."
    found=$(find "$checkout/install/target" -maxdepth 1 -name "${package}_*.deb" | sort | tail -n1)
    [ -n "$found" ] || die "构建完成但没有生成 $package 安装包。" "the build made no $package package."
  fi
  printf '%s\n' "$found"
}

# Installs the package unless this version is installed already; sets CHANGED.
install_deb() {  # package, deb file
  local package=$1 deb=$2 want have
  want=$(dpkg-deb -f "$deb" Version)
  # shellcheck disable=SC2016 # ${Version} is dpkg-query's format, not the shell's
  have=$(sys dpkg-query -W -f='${Version}' "$package" 2>/dev/null || true)
  if [ "$have" = "$want" ]; then
    unchanged "$package $want 已安装" "$package $want is installed"
    return
  fi
  say "安装 $package $want（${have:-首次安装}）…" "installing $package $want (${have:-first install}) ..."
  case "$deb" in /*) ;; *) deb="./$deb" ;; esac
  DEBIAN_FRONTEND=noninteractive sys apt-get install -y "$deb" \
    || die "安装 $package 失败（见上方 apt-get 输出）。" "installing $package failed (see apt-get above)."
  CHANGED=1
}

# --- configuration -----------------------------------------------------------------------------------

# Sets KEY=VALUE in an env file, changing the line only when it differs (a commented-out "#KEY=" line is
# replaced in place); keeps the file's owner and mode. Sets CONFIG_CHANGED=1 when it wrote.
CONFIG_CHANGED=0
set_env() {  # file, key, value
  local file=$1 key=$2 value=$3 current tmp
  case "$value" in *$'\n'* | *'"'* | *"'"* | *\\*)
    die "配置值不能含引号、反斜杠或换行：$key" "a configuration value cannot hold quotes, backslashes or newlines: $key" ;;
  esac
  if [ ! -f "$file" ]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && : >"$file")
  fi
  current=$(grep -m1 "^$key=" "$file" || true)
  if [ "$current" = "$key=$value" ]; then
    unchanged "$key=$value（${file##*/}）" "$key=$value (${file##*/})"
    return
  fi
  tmp=$(mktemp "$file.XXXXXX")   # beside the file: secrets never pass through /tmp
  if [ -n "$current" ]; then
    awk -v k="$key" -v line="$key=$value" 'index($0, k "=") == 1 && !done { print line; done = 1; next } { print }' \
      "$file" >"$tmp"
  elif grep -q "^#$key=" "$file"; then
    awk -v k="$key" -v line="$key=$value" 'index($0, "#" k "=") == 1 && !done { print line; done = 1; next } { print }' \
      "$file" >"$tmp"
  else
    cat "$file" >"$tmp"
    printf '%s=%s\n' "$key" "$value" >>"$tmp"
  fi
  cat "$tmp" >"$file"   # same inode: owner and mode stay as the package set them
  rm -f "$tmp"
  say "已设置 $key=$value（${file##*/}）" "set $key=$value (${file##*/})"
  CONFIG_CHANGED=1
}

env_value() {  # file, key → value or empty
  sed -n "s/^$2=//p" "$1" 2>/dev/null | tail -n1
}

# --- services ------------------------------------------------------------------------------------------

enable_unit() {  # unit
  if sys systemctl is-enabled --quiet "$1" 2>/dev/null; then
    unchanged "$1 已设为开机启动" "$1 is enabled"
  else
    sys systemctl enable --quiet "$1"
    say "已设为开机启动：$1" "enabled $1"
    CHANGED=1
  fi
}

disable_unit() {  # unit
  if sys systemctl is-enabled --quiet "$1" 2>/dev/null; then
    sys systemctl disable --now --quiet "$1"
    say "已停用：$1" "disabled $1"
    CHANGED=1
  else
    unchanged "$1 未启用" "$1 is not enabled"
  fi
}

# Starts the unit, or restarts it when asked to (its configuration changed).
start_unit() {  # unit, restart (0|1)
  if ! sys systemctl is-active --quiet "$1" 2>/dev/null; then
    sys systemctl start "$1"
    say "已启动：$1" "started $1"
    CHANGED=1
  elif [ "$2" = 1 ]; then
    sys systemctl restart "$1"
    say "配置已变，已重启：$1" "configuration changed: restarted $1"
    CHANGED=1
  else
    unchanged "$1 正在运行" "$1 is running"
  fi
}

stop_unit() {  # unit
  if sys systemctl is-active --quiet "$1" 2>/dev/null; then
    sys systemctl stop "$1"
    say "已暂停：$1" "stopped $1"
  fi
}

# Waits until URL/health answers 200 or 503 with a status; fails with the journalctl hint otherwise.
wait_health() {  # base URL, unit, seconds
  local url="$1/health" code=""
  printf '  等待 %s …（最多 %s 秒） / waiting for %s (up to %s s)\n' "$url" "$3" "$url" "$3"
  for _ in $(seq 1 "$3"); do
    code=$(curl -ks -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    if [ "$code" = 200 ]; then
      say "$2 运行正常（$url）。" "$2 is healthy ($url)."
      return
    fi
    sleep 1
  done
  die "$2 未在 $3 秒内正常应答（$url 返回 ${code:-无应答}）。请查看日志：journalctl -u $2 -n 100" \
    "$2 did not answer healthy within $3 s ($url: ${code:-no answer}); see journalctl -u $2 -n 100"
}

finish() {  # summary printed by the caller before; this only says whether anything changed
  echo
  if [ "$CHANGED" = 0 ] && [ "$CONFIG_CHANGED" = 0 ]; then
    say "全部就绪，本次没有任何改动。" "everything was in place: nothing changed."
  else
    say "完成。" "done."
  fi
}
