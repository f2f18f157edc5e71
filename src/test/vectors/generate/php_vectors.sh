#!/bin/sh
# Starts PHP's built-in server twice (its defaults, then Debian's php.ini) and prints the PHPSESSID each sets.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '%s\n' '<?php session_start(); $_SESSION["user"] = "ada"; echo session_id();' > "$dir/index.php"
version=$(php -r 'echo PHP_VERSION;')
first=true
printf '['
for ini in -n ""; do
  php $ini -S 127.0.0.1:8931 -t "$dir" >/dev/null 2>&1 &
  server=$!
  sleep 1
  head=$(curl -si http://127.0.0.1:8931/)
  kill $server; wait $server 2>/dev/null || true
  line=$(printf '%s\n' "$head" | tr -d '\r' | sed -n 's/^Set-Cookie: //p')
  id=$(printf '%s\n' "$head" | tail -n 1)
  value=${line#PHPSESSID=}
  value=${value%%;*}
  bits=$(php $ini -r 'echo ini_get("session.sid_bits_per_character");')
  $first || printf ','
  first=false
  printf '\n {"framework": "PHP %s", "case": "PHPSESSID, %s bits per character", "id": "php-session-id", "setCookie": "%s", "name": "PHPSESSID", "value": "%s", "key": null, "payload": "%s", "issuedAt": null, "expiresAt": null, "notBefore": null, "compressed": false, "algorithm": null, "companion": null}' \
    "$version" "$bits" "$line" "$value" "$id"
done
printf '\n]\n'
