#!/usr/bin/env bash
# Checks that the code is formatted as .editorconfig says (whitespace: indentation, braces, spacing).
# Part of ./test.sh (the README's test command); `dotnet format whitespace Frontline.slnx` fixes what it finds.
# The formatter does not wrap lines: the 120-column limit is Architecture/LineLengthTests.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format whitespace Frontline.slnx --verify-no-changes \
  --exclude src/Frontline.Migrations.Sqlite/Migrations src/Frontline.Migrations.PostgreSql/Migrations "$@"
