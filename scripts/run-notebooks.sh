#!/usr/bin/env bash
# `npm run notebooks`: executes every notebook in notebooks/ headless with Deno's
# Jupyter kernel and fails when a cell fails. Needs Debian's jupyter-nbconvert
# (/usr/bin/jupyter; .ci/run installs it) and the npm package deno (a devDependency).
# The executed copies go to a temporary folder: the committed notebooks keep no outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
jupyter=${JUPYTER:-/usr/bin/jupyter}
if [ ! -x "$jupyter" ]; then
  echo "npm run notebooks: $jupyter not found (apt-get install jupyter-nbconvert)" >&2
  exit 2
fi
npm run --silent build
# The Deno kernel's spec names this checkout's deno binary: install it for this checkout.
node_modules/.bin/deno jupyter --install --force >/dev/null 2>&1 || { echo "npm run notebooks: could not install Deno's Jupyter kernel" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for notebook in notebooks/*.ipynb; do
  start=$(date +%s)
  if "$jupyter" nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=deno \
      --ExecutePreprocessor.timeout=600 --output-dir "$out" "$notebook" >"$out/log" 2>&1; then
    echo "notebooks: $notebook ran in $(( $(date +%s) - start )) s"
  else
    echo "notebooks: $notebook FAILED" >&2
    tail -n 40 "$out/log" >&2
    status=1
  fi
done
exit $status
