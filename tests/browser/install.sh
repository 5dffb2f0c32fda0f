#!/usr/bin/env bash
# Installs what the browser checks (check.mjs) and the QR tests need, on a fresh Debian machine or this one:
# Debian's chromium, poppler-utils (pdfinfo, pdftotext, pdftoppm) and a Java runtime (for vnu),
# then the npm packages pinned in package-lock.json (playwright-core, axe-core, vnu-jar, and
# ajv and yaml for the schema test, tests/schema.rs).
# Idempotent and quick when everything is there. Never downloads a browser through Playwright:
# check.mjs drives /usr/bin/chromium.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
# For the QR code tests (tests/calendar.rs): render the SVG, then decode it.
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
if [ ${#need[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install.sh: need root (or sudo) to apt-get install ${need[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "install.sh: apt-get install ${need[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi
for t in chromium pdfinfo pdftotext pdftoppm java node npm zbarimg rsvg-convert; do
  command -v "$t" >/dev/null 2>&1 || { echo "install.sh: $t is still missing after apt-get install" >&2; exit 1; }
done
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "install.sh: Node.js $(node --version) is too old: playwright-core needs Node.js 20 or later" >&2
  exit 1
fi

# npm packages, exactly as locked. --ignore-scripts: vnu-jar's postinstall would try to download a
# Java runtime; the system one is used instead. A stamp of the lock file skips a repeat install.
stamp="$here/node_modules/.aftercare-lock.sha256"
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] \
  || [ ! -f "$here/node_modules/playwright-core/package.json" ] || [ ! -f "$here/node_modules/axe-core/axe.min.js" ] \
  || [ ! -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ] || [ ! -f "$here/node_modules/ajv/package.json" ] \
  || [ ! -f "$here/node_modules/yaml/package.json" ]; then
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi

echo "install.sh: ready: $(chromium --version 2>/dev/null | head -n1), Java $(java -version 2>&1 | head -n1 | awk -F'"' '{print $2}'), pdfinfo $(pdfinfo -v 2>&1 | head -n1 | awk '{print $3}'), Node.js $(node --version)"
