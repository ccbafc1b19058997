#!/usr/bin/env bash
# Installs what the end-to-end tests need, from Debian's packages: Chromium
# (page tests), LibreOffice Calc (the workbooks must open and print) and
# poppler-utils (pdftotext, pdfinfo: the printed workbooks are read back). Idempotent:
# does nothing when all are there. Needs root, as on the CI machines; without
# it, prints what to install and leaves the tests to skip (or fail under CI).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "install-test-deps: missing ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
	exit 0
fi
echo "install-test-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
