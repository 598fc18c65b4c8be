#!/usr/bin/env bash
# The .docx report test converts the document with LibreOffice (headless) to check it opens and
# paginates: poppler-utils gives pdfinfo for the page count, Carlito is metric-compatible with the
# report's Calibri, so the pages break where Word breaks them.
set -euo pipefail
# grep reads all of fc-list (no -q): with pipefail, an early exit would fail the check on SIGPIPE.
if command -v soffice >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 &&
  fc-list : family 2>/dev/null | grep -i carlito >/dev/null; then
  exit 0
fi
echo "LibreOffice, pdfinfo or the Carlito font is missing: installing Debian's packages"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito >/dev/null
