#!/usr/bin/env bash
# Builds the NumPy kernels (pyjs-runtime) for the browser/Node and writes them into
# stdlib-shims/numpy/: `_kernels.mjs` (wasm-bindgen's `--target web` glue) and
# `_kernels_bg.wasm`; and the FMA product module (runtime/wat/matmul_fma.wat) into `_fma.mjs`, the FMA sin/cos module (runtime/trig-fma) into `_trigfma.mjs`. All are committed; `cargo build --release` embeds them in pyjs.
#
#   runtime/build-wasm.sh            rebuild in place
#   runtime/build-wasm.sh --check    rebuild into a temporary folder and fail if the committed
#                                    files differ (CI: proves the committed wasm is fresh)
#
# Needs: the wasm32-unknown-unknown target, wasm-bindgen-cli exactly matching the pinned
# wasm-bindgen crate (0.2.130), and npm (wasm-opt comes from the npm `binaryen` package,
# pinned below, installed under target/; Debian's binaryen produced broken output).
# The output is byte-reproducible from any clone path: paths are remapped.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
OUT="$ROOT/stdlib-shims/numpy"
CHECK=0
[ "${1:-}" = "--check" ] && CHECK=1

# A fresh machine gets the tools here (CI's .ci/run installs them up front as well).
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown >&2
have_bindgen=$(wasm-bindgen --version 2>/dev/null || true)
if [ "$have_bindgen" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  echo "build-wasm: installing wasm-bindgen-cli $BINDGEN_VERSION (found '${have_bindgen}'; takes about 4 minutes)" >&2
  cargo install -q wasm-bindgen-cli --version "$BINDGEN_VERSION" >&2
fi

CARGO_HOME_DIR="${CARGO_HOME:-$HOME/.cargo}"
RUSTUP_HOME_DIR="${RUSTUP_HOME:-$HOME/.rustup}"
# Panics only trap in the browser (nothing prints them), so their text is dead weight that every
# NumPy program downloads: no file/line/column in panic locations and empty `Debug` output
# (-Z flags on the stable toolchain through RUSTC_BOOTSTRAP; kernels never format with `{:?}`).
export RUSTC_BOOTSTRAP=1
# 16 MiB of initial memory: runtime/src/wasm_alloc.rs allocates from it, so that programs whose
# kernels fit never `memory.grow` (a grow detaches the memory's ArrayBuffer, which slows every
# later typed-array loop in V8). Untouched pages cost no physical memory.
export RUSTFLAGS="-C link-arg=--initial-memory=16777216 -C target-feature=+simd128 -Zlocation-detail=none -Zfmt-debug=none --remap-path-prefix=$ROOT=/pyjs --remap-path-prefix=$CARGO_HOME_DIR=/cargo --remap-path-prefix=$RUSTUP_HOME_DIR=/rustup"
export CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_OPT_LEVEL=3 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
  CARGO_PROFILE_RELEASE_PANIC=abort CARGO_PROFILE_RELEASE_DEBUG=false
cargo build --release --target wasm32-unknown-unknown -p pyjs-runtime --lib

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name _kernels \
  "$TARGET_DIR/wasm32-unknown-unknown/release/pyjs_runtime.wasm"

TOOLS="$TARGET_DIR/tools/binaryen-$BINARYEN_VERSION"
if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ]; then
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "binaryen@$BINARYEN_VERSION" >&2
fi
"$TOOLS/node_modules/.bin/wasm-opt" -O3 --enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$STAGE/_kernels_bg.wasm" -o "$STAGE/_kernels_bg.opt.wasm"
mv "$STAGE/_kernels_bg.opt.wasm" "$STAGE/_kernels_bg.wasm"

# The relaxed-SIMD FMA product (its own module: runtime/wat/matmul_fma.wat), base64 in _fma.mjs.
"$TOOLS/node_modules/.bin/wasm-as" --enable-simd --enable-relaxed-simd runtime/wat/matmul_fma.wat -o "$STAGE/fma.wasm"
sed "s|^const WASM = \".*\";\$|const WASM = \"$(base64 -w0 "$STAGE/fma.wasm")\";|" "$OUT/_fma.mjs" > "$STAGE/_fma.mjs"

# The relaxed-SIMD sin/cos kernel (runtime/trig-fma, a no_std crate of its own), base64 in
# _trigfma.mjs. No stack is used: 1 KB of it instead of Rust's default 1 MB.
(cd runtime/trig-fma && RUSTFLAGS="-C target-feature=+simd128,+relaxed-simd -C link-arg=-zstack-size=1024 --remap-path-prefix=$ROOT=/pyjs --remap-path-prefix=$CARGO_HOME_DIR=/cargo --remap-path-prefix=$RUSTUP_HOME_DIR=/rustup" \
  cargo build --release --target wasm32-unknown-unknown --target-dir "$TARGET_DIR/trig-fma")
"$TOOLS/node_modules/.bin/wasm-opt" -O3 --enable-simd --enable-relaxed-simd --strip-debug --strip-producers --strip-target-features \
  "$TARGET_DIR/trig-fma/wasm32-unknown-unknown/release/pyjs_trig_fma.wasm" -o "$STAGE/trigfma.wasm"
sed "s|^const WASM = \".*\";\$|const WASM = \"$(base64 -w0 "$STAGE/trigfma.wasm")\";|" "$OUT/_trigfma.mjs" > "$STAGE/_trigfma.mjs"

if [ $CHECK = 1 ]; then
  status=0
  for f in _fma.mjs _trigfma.mjs; do
    if ! cmp -s "$STAGE/$f" "$OUT/$f"; then
      echo "build-wasm --check: stdlib-shims/numpy/$f is stale; run runtime/build-wasm.sh and commit" >&2
      status=1
    fi
  done
  for f in _kernels.mjs _kernels_bg.wasm; do
    # wasm-bindgen writes `.js`; we commit it as `.mjs`.
    src="$STAGE/$f"; [ "$f" = _kernels.mjs ] && src="$STAGE/_kernels.js"
    if ! cmp -s "$src" "$OUT/$f"; then
      echo "build-wasm --check: stdlib-shims/numpy/$f is stale; run runtime/build-wasm.sh and commit" >&2
      status=1
    fi
  done
  exit $status
fi
mkdir -p "$OUT"
cp "$STAGE/_kernels.js" "$OUT/_kernels.mjs"
cp "$STAGE/_kernels_bg.wasm" "$OUT/_kernels_bg.wasm"
cp "$STAGE/_fma.mjs" "$OUT/_fma.mjs"
cp "$STAGE/_trigfma.mjs" "$OUT/_trigfma.mjs"
ls -l "$OUT/_kernels.mjs" "$OUT/_kernels_bg.wasm"
echo "gzipped wasm: $(gzip -9 -c "$OUT/_kernels_bg.wasm" | wc -c) bytes"
