#!/usr/bin/env bash
# Sets up and runs asnkg on the bundled examples, from a fresh Debian machine with Rust:
# installs what is missing (libclang for RocksDB, Graphviz), builds, builds the graph of
# examples/articles into ./asnkg-store, prints a first query and draws graph.svg.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
ldconfig -p 2>/dev/null | grep -q 'libclang[-.0-9]*\.so' || missing+=(libclang-dev)
command -v dot >/dev/null || missing+=(graphviz)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} ..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "building asnkg (the first build compiles RocksDB: allow 10-25 minutes) ..." >&2
cargo build --release --quiet
# Cargo builds into $CARGO_TARGET_DIR when the user has set one.
asnkg="${CARGO_TARGET_DIR:-./target}/release/asnkg"

"$asnkg" build examples/articles --store asnkg-store
echo >&2
echo "Who holds which post (examples/reports/holdings.rq):" >&2
"$asnkg" query --store asnkg-store --file examples/reports/holdings.rq --format table
"$asnkg" dot --store asnkg-store --svg --output graph.svg
echo "wrote graph.svg (the whole example graph); try: $asnkg dot --focus \"Ratna Kusumawati\" --svg -o ratna.svg" >&2
