# Shared by bench/run.sh, bench/soak.sh and bench/cluster.sh: builds the
# WARs, unpacks the official Tomcat distribution from Maven Central, and starts and stops Tomcat nodes, each its own
# CATALINA_BASE (its own port, logs and settings) over one CATALINA_HOME.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK="$BENCH/target"
TOMCAT_VERSION=$(sed -n 's:.*<tomcat.version>\(.*\)</tomcat.version>.*:\1:p' "$ROOT/pom.xml")
CATALINA_HOME="$WORK/apache-tomcat-$TOMCAT_VERSION"
HEAP="${HEAP:-512m}"
# Extra JVM options for every node (bench/profile.sh adds its own).
LOG_OPTS="${LOG_OPTS:-}"
export CATALINA_HOME

# Builds target/cookie-lab.war and bench/target/baseline.war, and unpacks Tomcat once.
prepare() {
  mkdir -p "$WORK"
  (cd "$ROOT" && mvn -B -q package -DskipTests)
  if [ ! -d "$CATALINA_HOME" ]; then
    (cd "$ROOT" && mvn -B -q dependency:copy -Dartifact="org.apache.tomcat:tomcat:$TOMCAT_VERSION:zip" -DoutputDirectory="$WORK")
    unzip -q "$WORK/tomcat-$TOMCAT_VERSION.zip" -d "$WORK"
    chmod +x "$CATALINA_HOME"/bin/*.sh
  fi
  (cd "$ROOT" && mvn -B -q dependency:copy -Dartifact=jakarta.servlet:jakarta.servlet-api:6.0.0 -DoutputDirectory="$WORK")
  rm -rf "$WORK/baseline" && mkdir -p "$WORK/baseline/WEB-INF/classes"
  javac --release 17 -cp "$WORK/jakarta.servlet-api-6.0.0.jar" -d "$WORK/baseline/WEB-INF/classes" \
    $(find "$BENCH/baseline/src" -name '*.java')
  (cd "$WORK/baseline" && jar cf "$WORK/baseline.war" .)
}

# start_node NAME PORT WAR [CONTEXT-PARAMETER=VALUE ...]: a Tomcat with docker/server.xml and WAR as ROOT.
start_node() {
  local name=$1 port=$2 war=$3
  shift 3
  local base="$WORK/nodes/$name"
  # A Tomcat that cannot bind its port keeps running without a connector, and the old one that holds the port
  # would answer for it: every figure would then be the other node's.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken (a node left by an earlier run? ss -ltnp shows which process): stop it first" >&2
    return 1
  fi
  rm -rf "$base" && mkdir -p "$base"/{conf/Catalina/localhost,logs,temp,webapps,work}
  cp "$CATALINA_HOME"/conf/{catalina.properties,logging.properties,web.xml,context.xml,tomcat-users.xml} "$base/conf/"
  cp "$ROOT/docker/server.xml" "$base/conf/server.xml"
  cp "$war" "$base/webapps/ROOT.war"
  {
    echo "<Context ${CONTEXT_ATTRIBUTES:-}>"
    [ -z "${CONTEXT_VALVE:-}" ] || echo "  $CONTEXT_VALVE"
    for setting in "$@"; do
      echo "  <Parameter name=\"${setting%%=*}\" value=\"${setting#*=}\" override=\"false\"/>"
    done
    echo '</Context>'
  } >"$base/conf/Catalina/localhost/ROOT.xml"
  CATALINA_BASE="$base" CATALINA_PID="$base/tomcat.pid" \
    CATALINA_OPTS="-Dhttp.port=$port -Xms$HEAP -Xmx$HEAP $LOG_OPTS" \
    "$CATALINA_HOME/bin/catalina.sh" start >/dev/null
  wait_for "http://127.0.0.1:$port/getcookie"
}

stop_node() {
  local base="$WORK/nodes/$1"
  [ -f "$base/tomcat.pid" ] || return 0
  kill "$(cat "$base/tomcat.pid")" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$(cat "$base/tomcat.pid")" 2>/dev/null || break
    sleep 0.2
  done
  kill -9 "$(cat "$base/tomcat.pid")" 2>/dev/null || true
  rm -f "$base/tomcat.pid"
}

node_pid() {
  cat "$WORK/nodes/$1/tomcat.pid"
}

wait_for() {
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "nothing answered at $1" >&2
  return 1
}

# Heap in use after a full GC, in MB, for a node's JVM.
heap_after_gc() {
  local pid
  pid=$(node_pid "$1")
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap|heap total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.1f\n", v / 1024; exit } }'
}

# A realistic Cookie header: the tutorial's cookie and 19 others, about 1 KB.
twenty_cookies() {
  local header="Name=AskPython"
  for i in $(seq 1 19); do
    header="$header; pref_$i=$(printf 'v%02d' "$i")$(head -c 40 /dev/zero | tr '\0' 'x')"
  done
  echo "$header"
}

# cookie_header tutorial|twenty: the Cookie header a bench sends, the tutorial's cookie or twenty_cookies.
cookie_header() {
  if [ "$1" = twenty ]; then twenty_cookies; else echo "Name=AskPython"; fi
}

# run_wrk URL CONNECTIONS SECONDS COOKIE-HEADER: prints "requests/s p50-ms p99-ms errors non-2xx requests".
run_wrk() {
  local url=$1 conns=$2 secs=$3 cookie=$4 threads=2
  [ "$conns" -lt 2 ] && threads=1
  wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -H "Cookie: $cookie" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    /Non-2xx/ { non2xx = $5 }
    /requests in/ { requests = $1 }
    /^Requests\/sec/ { rps = $2 }
    END { printf "%.0f %.3f %.3f %d %d %d\n", rps, p50, p99, errors + 0, non2xx + 0, requests }'
}

# cpu_ticks NODE: the node's JVM's user + system CPU time so far, in clock ticks (/proc/PID/stat, fields 14 and 15).
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$(node_pid "$1")/stat"
}
