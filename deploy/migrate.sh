#!/bin/sh
# Applies the Governance Portal's database migrations with `govportal migrate`, then ensures the reference data
# (the organisations and the roles). Safe to run repeatedly.
#
# Settings come from the environment, as for the web app:
#   Database__Provider              SqlServer (production), Postgres or Sqlite (required here)
#   ConnectionStrings__SqlServer    required when the provider is SqlServer
#   ConnectionStrings__Postgres     required when the provider is Postgres
#   ConnectionStrings__Sqlite       optional (default: governanceportal.db in Database__DataDirectory)
#   GOVPORTAL                       the govportal command to run (default: govportal on the PATH)
#
# The connection string is passed to govportal through the environment, never on the command line, where other
# users could read it in the process list.
# Exit codes: 0 done, 1 migration failed, 2 settings missing or invalid (as govportal's own).
set -eu

fail() {
    printf 'migrate.sh: %s\n' "$1" >&2
    exit "${2:-2}"
}

provider="${Database__Provider:-}"
[ -n "$provider" ] || fail "Database__Provider is not set. Set it to SqlServer, Postgres or Sqlite."

case "$provider" in
    [Ss][Qq][Ll][Ss][Ee][Rr][Vv][Ee][Rr]) connection_name=SqlServer; connection="${ConnectionStrings__SqlServer:-}" ;;
    [Pp][Oo][Ss][Tt][Gg][Rr][Ee][Ss] | [Pp][Oo][Ss][Tt][Gg][Rr][Ee][Ss][Qq][Ll] | [Nn][Pp][Gg][Ss][Qq][Ll])
        connection_name=Postgres; connection="${ConnectionStrings__Postgres:-}" ;;
    [Ss][Qq][Ll][Ii][Tt][Ee]) connection_name=Sqlite; connection="${ConnectionStrings__Sqlite:-default}" ;;
    *) fail "Database__Provider '$provider' is not supported. Use SqlServer, Postgres or Sqlite." ;;
esac

[ -n "$connection" ] || fail "Database__Provider is $provider but ConnectionStrings__$connection_name is not set."

govportal="${GOVPORTAL:-govportal}"
command -v "$govportal" >/dev/null 2>&1 \
    || fail "'$govportal' was not found. Put govportal on the PATH or set GOVPORTAL to its path." 1

printf 'migrate.sh: applying migrations to the %s database\n' "$connection_name"
exec "$govportal" migrate
