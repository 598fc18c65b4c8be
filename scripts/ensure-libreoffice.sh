#!/usr/bin/env bash
# The .docx report test converts the document with LibreOffice (headless) to prove Word-compatible
# output opens without repair and paginates; poppler-utils gives pdfinfo for the page count.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then exit 0; fi
echo "LibreOffice (soffice) or pdfinfo is missing: installing Debian's packages"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  libreoffice-writer-nogui poppler-utils >/dev/null
