#!/usr/bin/env bash
# Two Cookie Lab nodes with the same signing keys behind nginx (round-robin, no sticky sessions), on
# loopback: a signed cookie set through the balancer reads valid on both nodes, the balancer spreads
# requests over both, killing one node loses no request, and X-Forwarded-Proto from a trusted proxy
# makes Cookie Lab add Secure (Tomcat's RemoteIpValve in docker/server.xml).
# Needs nginx (apt-get install -y nginx-light) besides what bench/run.sh needs.
source "$(dirname "$0")/lib.sh"

A=18091 B=18092 LB=18090
NGINX="$WORK/nginx"
cleanup() {
  [ -f "$NGINX/nginx.pid" ] && kill "$(cat "$NGINX/nginx.pid")" 2>/dev/null || true
  stop_node node-a; stop_node node-b
}
trap cleanup EXIT
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx-light" >&2; exit 1; }

prepare
export COOKIE_LAB_SIGNING_KEYS="cluster-key-2026,cluster-key-2025"
start_node node-a $A "$ROOT/target/cookie-lab.war"
start_node node-b $B "$ROOT/target/cookie-lab.war"

mkdir -p "$NGINX/logs" "$NGINX/temp"
cat >"$NGINX/nginx.conf" <<CONF
worker_processes 1;
pid $NGINX/nginx.pid;
error_log $NGINX/logs/error.log;
events { worker_connections 512; }
http {
  client_body_temp_path $NGINX/temp/body;
  proxy_temp_path $NGINX/temp/proxy;
  fastcgi_temp_path $NGINX/temp/fastcgi;
  uwsgi_temp_path $NGINX/temp/uwsgi;
  scgi_temp_path $NGINX/temp/scgi;
  log_format upstream '\$upstream_addr \$status';
  access_log $NGINX/logs/access.log upstream;
  upstream cookie_lab {
    server 127.0.0.1:$A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$B max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:$LB;
    location / {
      proxy_pass http://cookie_lab;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 1s;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
nginx -p "$NGINX" -c "$NGINX/nginx.conf"
wait_for "http://127.0.0.1:$LB/getcookie"
: >"$NGINX/logs/access.log"

json() { curl -fsS -H 'Accept: application/json' "$@"; }
echo "1. Set a signed cookie through the balancer:"
set_cookie=$(curl -fsS -D - -o /dev/null -d name=user -d value=ada -d signed=on "http://127.0.0.1:$LB/setcookie" \
  | tr -d '\r' | sed -n 's/^Set-Cookie: \([^;]*\).*/\1/p')
echo "   Set-Cookie: $set_cookie"
echo "2. Each node reads it:"
echo "   node A: $(json -H "Cookie: $set_cookie" "http://127.0.0.1:$A/getcookie?name=user")"
echo "   node B: $(json -H "Cookie: $set_cookie" "http://127.0.0.1:$B/getcookie?name=user")"
echo "3. 100 reads through the balancer, no sticky sessions:"
: >"$NGINX/logs/access.log"
valid=0
for _ in $(seq 1 100); do
  json -H "Cookie: $set_cookie" "http://127.0.0.1:$LB/getcookie?name=user" | grep -q '"signature":"valid"' && valid=$((valid + 1))
done
echo "   valid: $valid of 100; answered by: $(awk '{ print $1 }' "$NGINX/logs/access.log" | sort | uniq -c | tr '\n' ' ')"

echo "4. Kill node A (kill -9) and send 200 more requests through the balancer:"
kill -9 "$(node_pid node-a)"
ok=0 failed=0
for _ in $(seq 1 200); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $set_cookie" "http://127.0.0.1:$LB/getcookie?name=user")
  if [ "$code" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
done
echo "   200 OK: $ok, failed: $failed (nginx retries a refused connection on node B: proxy_next_upstream error)"

echo "5. X-Forwarded-Proto from a trusted proxy (loopback) makes the request secure, so Cookie Lab adds Secure:"
echo "   without: $(curl -fsS -D - -o /dev/null "http://127.0.0.1:$B/setcookie" | tr -d '\r' | grep -i '^set-cookie')"
echo "   with X-Forwarded-Proto: https: $(curl -fsS -D - -o /dev/null -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$B/setcookie" | tr -d '\r' | grep -i '^set-cookie')"
