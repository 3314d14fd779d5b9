#!/bin/sh
# The container's entrypoint: seed the data volume with a commented starter feeds.yaml on first
# start, note which command runs (the healthcheck fits it), then hand over to digest.
set -eu

config="${DIGEST_CONFIG:-/data/feeds.yaml}"
if [ ! -e "$config" ]; then
    digest init --if-missing "$(dirname "$config")"
    echo "digest: edit $config (docker compose exec scheduler vi $config, or mount your own) and restart" >&2
fi

command=""
for arg in "$@"; do
    case "$arg" in
        -*) ;;
        *) command="$arg"; break ;;
    esac
done
printf '%s\n' "$command" > "${TMPDIR:-/tmp}/digest-command"

exec digest --log-json -v "$@"
