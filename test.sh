#!/usr/bin/env bash
# Runs every test of Frontline: unit, API on SQLite and PostgreSQL, browser tests in Chromium.
# Installs the Debian packages the tests need when they are missing (PostgreSQL 15, Chromium, Redis, Dovecot).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
[ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
command -v runuser >/dev/null || missing+=(util-linux)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # the package's own cluster is not needed: the tests start private ones
  if command -v pg_lsclusters >/dev/null; then $sudo_cmd pg_dropcluster --stop 15 main 2>/dev/null || true; fi
  # nor the system's Dovecot (where the package started one): the mail tests start their own on a free port
  if [ -x /etc/init.d/dovecot ]; then $sudo_cmd /etc/init.d/dovecot stop >/dev/null 2>&1 || true; fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# the mail tests talk to a real SMTP and IMAP server, smtp4dev, installed as a .NET tool beside the repository
[ -x .tools/smtp4dev ] || dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path .tools >/dev/null
dotnet build Frontline.slnx -c Release -nologo -clp:ErrorsOnly
# the code is formatted as .editorconfig says; lines over 120 columns are counted by Architecture/LineLengthTests
scripts/check-format.sh
# one test project at a time: the browser journeys and the two-node tests each load both cores on their own
dotnet test --solution Frontline.slnx -c Release --no-build --max-parallel-test-modules 1 "$@"
