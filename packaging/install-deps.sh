#!/usr/bin/env bash
# Installs exactly the Debian bookworm packages Patron needs to build, test and run the demo.
# Idempotent: installs only what is missing. Works as root or through sudo.
set -euo pipefail

BUILD=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev   # Qt Charts' CMake config needs Qt6OpenGL
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools                   # LinguistTools (lupdate/lrelease)
  qt6-serialport-dev qt6-svg-dev qt6-translations-l10n qtkeychain-qt6-dev
  libgl-dev
  libsqlcipher-dev libsodium-dev libpq-dev
  libssl-dev              # OpenSSL's libcrypto: the page cipher (core/store/PageCipher)
  libqrencode-dev         # QR codes in the receipt preview
  catch2
)
RUNTIME=(
  fonts-noto-cjk          # Chinese glyphs for the till
  qt6-qpa-plugins         # xcb/offscreen platform plugins
)
TEST=(
  postgresql              # head-office sync tests start a throwaway server
  openssl                 # TLS certificates for that server
  xvfb xauth              # real-window screenshots
  socat                   # fake serial printer (pty pairs)
  libzxing-dev            # decode printed barcodes/QR in tests
  unicode-data            # Unihan readings (pinyin table generator)
  python3
  g++-mingw-w64-x86-64-posix   # syntax check of the Windows-only sources (spooler, store lock)
)

want=("${BUILD[@]}" "${RUNTIME[@]}")
case "${1:-all}" in
  build) ;;
  all|test) want+=("${TEST[@]}") ;;
  *) echo "usage: $0 [build|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
