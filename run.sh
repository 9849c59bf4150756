#!/usr/bin/env bash
# The project's two commands (see README):
#   bash run.sh app    install, then start the Streamlit page on the shipped model
#   bash run.sh test   install (with test tools and Debian's chromium), then run ruff and the whole test suite
# Needs only python3 and apt on a fresh Debian/Ubuntu machine; everything else is installed here.
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-app}"
shift || true

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_venv() {
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv 2>/dev/null || { rm -rf .venv; apt_install python3-venv python3-pip; python3 -m venv .venv; }
  fi
  local extra="$1" stamp=".venv/.installed-$1"
  local want
  want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".${extra}"
    echo "$want" > "$stamp"
  fi
}

case "$mode" in
  app)
    ensure_venv ""
    exec .venv/bin/streamlit run app.py --server.headless true --browser.gatherUsageStats false "$@"
    ;;
  test)
    ensure_venv "[dev]"
    command -v chromium >/dev/null 2>&1 || apt_install chromium
    .venv/bin/ruff check .
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: bash run.sh [app|test] [extra args]" >&2
    exit 2
    ;;
esac
