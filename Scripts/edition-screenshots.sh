#!/usr/bin/env bash
# Screenshots of the published edition for a person to look at: the index, one telegram and one register,
# taken by headless Chromium (Debian's chromium) from Output/edition/ into docs/screenshots/.
# Usage: Scripts/edition-screenshots.sh [EDITION_DIR] [TELEGRAM_ID]
set -euo pipefail
cd "$(dirname "$0")/.."
edition=$(cd "${1:-Output/edition}" && pwd)
telegram=${2:-1950-10-14_shtykov-to-fyn-si_roshchin-to-filippov_cwihp-bulletin}
chromium=${TEIGRAM_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chromium" ] || { echo "edition-screenshots: no chromium (apt-get install chromium)" >&2; exit 2; }
[ -f "$edition/telegrams/$telegram.html" ] || { echo "edition-screenshots: $edition/telegrams/$telegram.html: no such page" >&2; exit 2; }
mkdir -p docs/screenshots
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shoot() { # output, width, height, page
    "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --user-data-dir="$profile" --host-resolver-rules="MAP * ~NOTFOUND" --hide-scrollbars --virtual-time-budget=3000 \
        --window-size="$2,$3" --screenshot="docs/screenshots/$1" "file://$4" 2>/dev/null
    echo "docs/screenshots/$1"
}
shoot index.png 1280 900 "$edition/index.html"
shoot telegram.png 1100 1500 "$edition/telegrams/$telegram.html"
shoot places.png 1100 1100 "$edition/places.html"
