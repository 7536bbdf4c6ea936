#!/usr/bin/env bash
# The test command of README.md: installs what the tests need on a Debian-family machine (Chromium and its
# driver, CJK and Mongolian fonts, poppler, shellcheck, systemd-analyze, curl, npm; as root or with sudo), picks
# a JDK 21+ (the machine's default java may be 17), then runs every test with `./mvnw verify`.
# Extra arguments go to Maven, e.g. `install/test.sh -pl core`.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_pkgs+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_pkgs+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi "WenQuanYi Zen Hei" || need_pkgs+=(fonts-wqy-zenhei)
# DisclosureListPdfTest renders printed lists to PNG with pdftoppm to scan their QR codes.
command -v pdftoppm >/dev/null 2>&1 || need_pkgs+=(poppler-utils)
# Traditional Mongolian script (NotoSansMongolian); without it the Mongolian screens show boxes.
fc-list 2>/dev/null | grep -qi "Noto Sans Mongolian" || need_pkgs+=(fonts-noto-core)
# ShellScriptsTest checks every shell script (install/, bench/, .ci/run) with shellcheck.
command -v shellcheck >/dev/null 2>&1 || need_pkgs+=(shellcheck)
# DebPackageIT checks the packages' units with systemd-analyze and asks /health with curl.
command -v systemd-analyze >/dev/null 2>&1 || need_pkgs+=(systemd)
command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
# AccessibilityIT fetches the pinned axe-core tarball with `npm pack`.
command -v npm >/dev/null 2>&1 || need_pkgs+=(npm)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "test: installing ${need_pkgs[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}"
fi

# PostgreSQL tests run against the local server on 127.0.0.1:5432: start it when it is installed but stopped.
if command -v pg_ctlcluster >/dev/null 2>&1 && ! (echo > /dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  for version in /etc/postgresql/*; do
    [ -d "$version" ] || continue
    echo "test: starting PostgreSQL $(basename "$version")"
    pg_ctlcluster --skip-systemctl-redirect "$(basename "$version")" main start || true
  done
fi

# shellcheck source=lib/java.sh
. install/lib/java.sh
zwgk_pick_java
echo "test: using JAVA_HOME=$JAVA_HOME"

./mvnw -B verify "$@"
