# shellcheck shell=bash
# Idempotent installation of everything the two README commands need. Sourced by
# scripts/serve and scripts/test; each step checks first and skips what is there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"

# Pinned versions. wasm-bindgen's is the one cargo resolves from Cargo.lock
# (wasm_bindgen_version below), so the CLI always matches the library in the app.
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
# Minifies the app's JS glue in release builds (scripts/post-build).
TERSER_VERSION="5.51.4"
AXE_VERSION="4.14.1"
# Run by scripts/bench only. 12.8.2 is the newest that runs on Node 20 (13 needs Node 22.19).
LIGHTHOUSE_VERSION="12.8.2"
GECKODRIVER_VERSION="0.37.1"

export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The wasm keeps the source path of each dependency that can panic (for the panic's
# message): left alone, the build machine's cargo home, /home/<user>/.cargo/registry/…
# Remapped, the shipped wasm names no path of the machine that built it (the release
# build checks, scripts/post-build). Cargo adds these to .cargo/config.toml's flags;
# RUSTFLAGS would replace them.
CARGO_HOME_DIR="${CARGO_HOME:-$HOME/.cargo}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$CARGO_HOME_DIR/registry/src=/cargo/registry/src --remap-path-prefix=$CARGO_HOME_DIR/git/checkouts=/cargo/git/checkouts --remap-path-prefix=$ROOT=/law-report"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
skip() { printf '    %s\n' "$*"; }

# Says how much disk the build has before it starts. A clean `scripts/test` fills
# about 3 GB of target/ (measured at the peak of a clean clone's run); installing
# Trunk and wasm-bindgen-cli on a fresh machine builds in cargo's temporary folder
# too. Running out shows up late, as "No space left on device" from the linker.
check_free_disk() {
  local need_gb=$1 free_kb
  free_kb=$(df -Pk "$ROOT" | awk 'NR == 2 { print $4 }')
  if (( free_kb < need_gb * 1024 * 1024 )); then
    printf '\033[1;33mwarning:\033[0m %s GB free where target/ is; this needs about %s GB.\n' \
      "$(( free_kb / 1024 / 1024 ))" "$need_gb" >&2
  fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    skip "wasm32-unknown-unknown target present"
  else
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# A tool installed with `cargo install`, at exactly `version`: skipped when cargo's
# list of installed crates already has it. Usage: ensure_crate CRATE VERSION
# "WHAT (HOW LONG)" [more cargo install arguments].
ensure_crate() {
  local crate="$1" version="$2" what="$3"
  shift 3
  if cargo install --list | grep -qx "$crate v$version:"; then
    skip "$crate $version present"
  else
    step "Installing $what"
    cargo install "$crate" --version "$version" --force "$@"
  fi
}

# The version of the wasm-bindgen library the app links, as cargo itself resolves it
# from Cargo.lock (`cargo pkgid` prints …#wasm-bindgen@0.2.130).
wasm_bindgen_version() {
  local id
  id="$(cargo pkgid --quiet --manifest-path "$ROOT/Cargo.toml" wasm-bindgen)" || {
    echo "tools.sh: cargo could not resolve the wasm-bindgen version from Cargo.lock" >&2
    return 1
  }
  echo "${id##*@}"
}

ensure_wasm_bindgen_cli() {
  local version
  version="$(wasm_bindgen_version)"
  # Not --locked: this version's lock file pins crates that no longer build.
  ensure_crate wasm-bindgen-cli "$version" \
    "wasm-bindgen-cli $version (matches Cargo.lock; a few minutes)"
}

ensure_trunk() {
  ensure_crate trunk "$TRUNK_VERSION" "trunk $TRUNK_VERSION (about seven minutes)" --locked
}

# An npm package at VERSION in .tools/ (its own package.json says which is there; a
# VERSION of one number, as binaryen's 132, stands for 132.x.y). Usage:
# ensure_npm_package PACKAGE VERSION "WHAT IT IS FOR"
ensure_npm_package() {
  local package="$1" version="$2" what="$3" installed
  installed="$(node -p "require('$TOOLS/node_modules/$package/package.json').version" 2>/dev/null || true)"
  if [ "$installed" = "$version" ] || [[ "$installed" == "$version".* ]]; then
    skip "$package $version present"
  else
    step "Installing $package $version ($what) from npm into .tools/"
    command -v npm >/dev/null || apt_install npm
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "$package@$version"
  fi
}

ensure_binaryen() {
  # Debian's binaryen (108) silently breaks the app; binaryen 132 from npm works.
  ensure_npm_package binaryen "$BINARYEN_VERSION" "wasm-opt"
}

ensure_terser() {
  ensure_npm_package terser "$TERSER_VERSION" "minifies the JS glue"
}

APT_UPDATED=""
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    skip "apt packages present: $*"
  else
    step "Installing apt packages: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

# Everything needed to build the app.
ensure_build_tools() {
  ensure_wasm_target
  ensure_wasm_bindgen_cli
  ensure_binaryen
  ensure_terser
  ensure_trunk
  step "Fetching crates (Trunk builds offline)"
  cargo fetch --quiet
}

# Everything needed to run the browser tests: headless Chromium and its driver (the
# full suite), Firefox ESR with geckodriver and WebKitGTK's WebDriver with MiniBrowser
# under a virtual display (the smoke set in every engine), a CJK font so that Chinese
# text renders, and nginx with its brotli module (plus gzip and brotli) for the
# deployment tests.
ensure_test_tools() {
  ensure_apt chromium chromium-driver fonts-wqy-microhei fonts-noto-cjk \
    nginx libnginx-mod-http-brotli-static brotli gzip poppler-utils \
    firefox-esr webkit2gtk-driver xvfb xauth
  ensure_geckodriver
  ensure_axe
}

# geckodriver, Firefox's WebDriver server, from crates.io.
ensure_geckodriver() {
  ensure_crate geckodriver "$GECKODRIVER_VERSION" "geckodriver $GECKODRIVER_VERSION (about three minutes)" --locked
}

# axe-core, injected into pages by the accessibility tests.
ensure_axe() {
  ensure_npm_package axe-core "$AXE_VERSION" "accessibility tests"
}

# Lighthouse, run by scripts/bench only (its mobile performance score, median of 3).
ensure_lighthouse() {
  ensure_npm_package lighthouse "$LIGHTHOUSE_VERSION" "the benchmark's Lighthouse runs"
}
