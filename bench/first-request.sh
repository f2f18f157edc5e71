#!/usr/bin/env bash
# The first request after a deploy: starts a Tomcat node with WAR (default target/cookie-lab.war) DEPLOYS times
# (default 5), waits until the app answers a static file (no view compiled yet), then times GET / and GET
# /getcookie, the first requests that render a JSP view. Prints each deploy's figures and their medians.
#   bench/first-request.sh [WAR]
source "$(dirname "$0")/lib.sh"

WAR=${1:-}
DEPLOYS=${DEPLOYS:-5}
PORT=18086
trap 'stop_node first' EXIT
prepare
WAR=${WAR:-$ROOT/target/cookie-lab.war}

: >"$WORK/first.txt"
for i in $(seq 1 "$DEPLOYS"); do
  start_node first $PORT "$WAR"
  # start_node waited for /getcookie; this run needs a node whose views nobody asked for yet
  stop_node first
  rm -rf "$WORK/nodes/first/work"
  CATALINA_BASE="$WORK/nodes/first" CATALINA_PID="$WORK/nodes/first/tomcat.pid" \
    CATALINA_OPTS="-Dhttp.port=$PORT -Xms$HEAP -Xmx$HEAP $LOG_OPTS" "$CATALINA_HOME/bin/catalina.sh" start >/dev/null
  wait_for "http://127.0.0.1:$PORT/static/lab.css"
  home=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/")
  get=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/getcookie")
  again=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/")
  echo "$home $get $again" | tee -a "$WORK/first.txt"
  stop_node first
done
python3 - "$WORK/first.txt" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
for i, name in enumerate(["first GET /", "first GET /getcookie", "second GET /"]):
    print(f"{name:<22} median {statistics.median(r[i] for r in rows) * 1000:7.0f} ms")
PY
