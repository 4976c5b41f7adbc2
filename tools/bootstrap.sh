#!/usr/bin/env bash
# Makes a fresh clone ready: a pinned pnpm in .tools/ (no global install needed) and the
# workspace's dependencies from the committed lockfile. Quiet and fast when nothing changed.
# Sourced by ./pyglass and ./test (and by hand); prints progress only when it does work. It runs
# with errexit/nounset/pipefail and restores the caller's shell options afterwards, so sourcing it
# in an interactive shell does not leave `set -e` behind.
_pyglass_saved_opts="$(set +o)"
set -euo pipefail
PYGLASS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PNPM_VERSION=12.21.0
PNPM="$PYGLASS_ROOT/.tools/node_modules/.bin/pnpm"

if [ ! -x "$PNPM" ] || [ "$("$PNPM" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "pyglass: installing pnpm $PNPM_VERSION into .tools/ (once)" >&2
  mkdir -p "$PYGLASS_ROOT/.tools"
  npm install --silent --no-audit --no-fund --prefix "$PYGLASS_ROOT/.tools" "pnpm@$PNPM_VERSION" >&2
fi
export PATH="$PYGLASS_ROOT/.tools/node_modules/.bin:$PYGLASS_ROOT/node_modules/.bin:$PATH"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

MARKER="$PYGLASS_ROOT/node_modules/.modules.yaml"
if [ ! -f "$MARKER" ] || [ "$PYGLASS_ROOT/pnpm-lock.yaml" -nt "$MARKER" ] || [ "$PYGLASS_ROOT/package.json" -nt "$MARKER" ]; then
  echo "pyglass: installing dependencies from pnpm-lock.yaml (once)" >&2
  (cd "$PYGLASS_ROOT" && pnpm install --frozen-lockfile --reporter=silent >&2)
  touch "$MARKER"
fi
eval "$_pyglass_saved_opts"
unset _pyglass_saved_opts
