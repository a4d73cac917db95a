#!/bin/sh
# Makes test/fixtures/sheet/libreoffice-filled.xlsx (issue #10): the owners' workbook that
# `sheet export` writes for examples/shandong, filled in and saved again by LibreOffice Calc,
# as owners' software rewrites workbooks. Run once, from the repository root, after
# `npm run build`; the tests read the committed file, so they need no LibreOffice.
# Needs Debian's libreoffice-calc and python3-uno (apt-get install libreoffice-calc python3-uno).
set -eu
out=test/fixtures/sheet
work=$(mktemp -d)
office=
trap '[ -n "$office" ] && kill "$office" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$out"

# The export the test compares with: fixed date and language, so it can be made again.
node bin/chainchief.js sheet export -w examples/shandong --as-of 2026-12-01 --lang zh -o "$work/exported.xlsx"

pipe="chainchief-fixture-$$"
soffice --headless --invisible --norestore --nologo "-env:UserInstallation=file://$work/profile" \
  "--accept=pipe,name=$pipe;urp;" &
office=$!
/usr/bin/python3 scripts/libreoffice-fill.py "$pipe" "$work/exported.xlsx" "$work/filled.xlsx"
wait "$office" || true
office=

cp "$work/exported.xlsx" "$out/exported.xlsx"
cp "$work/filled.xlsx" "$out/libreoffice-filled.xlsx"
soffice --version | head -1 > "$out/libreoffice-version.txt"
echo "wrote $out/exported.xlsx and $out/libreoffice-filled.xlsx"
