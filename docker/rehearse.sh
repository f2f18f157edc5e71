#!/usr/bin/env bash
# Rehearses the Dockerfile's steps without a Docker engine: the WAR Maven builds, as ROOT.war,
# in the official Tomcat distribution with docker/server.xml and no default webapps, then probed
# the way the HEALTHCHECK probes it. PORT=9090 picks another port (the image always uses 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8080}"
tomcat_version=$(sed -n "s:.*<tomcat.version>\(.*\)</tomcat.version>.*:\1:p" pom.xml)
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

mvn -B -q package -DskipTests
mvn -B -q dependency:copy -Dartifact="org.apache.tomcat:tomcat:${tomcat_version}:zip" -DoutputDirectory="$work"
unzip -q "$work/tomcat-${tomcat_version}.zip" -d "$work"
home="$work/apache-tomcat-${tomcat_version}"
rm -rf "$home"/webapps/*
cp docker/server.xml "$home/conf/server.xml"
cp target/cookie-lab.war "$home/webapps/ROOT.war"
chmod +x "$home"/bin/*.sh

java_opts=""
[ "$port" = 8080 ] || java_opts="-Dhttp.port=${port}"
JAVA_OPTS="$java_opts" "$home/bin/catalina.sh" run >"$work/catalina.out" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -fsS "http://localhost:${port}/getcookie" >/dev/null 2>&1 && break
  sleep 1
done
echo "HEALTHCHECK: $(curl -fsS -o /dev/null -w '%{http_code}' "http://localhost:${port}/getcookie")"
echo "GET /setcookie: $(curl -fsS -D - -o /dev/null "http://localhost:${port}/setcookie" | grep -i '^set-cookie' | tr -d '\r')"
echo "GET /getcookie: $(curl -fsS -H 'Cookie: Name=AskPython' "http://localhost:${port}/getcookie" | grep -o 'The Site : [A-Za-z]*')"
echo "webapps: $(ls "$home/webapps" | tr '\n' ' ')"
# Tomcat answers an oversized header itself, before the app: server.xml must hide its details.
big=$(head -c 9000 /dev/zero | tr '\0' x)
tomcat_400=$(curl -sS -H "Cookie: a=${big}" "http://localhost:${port}/getcookie" -w '\n%{http_code}')
echo "Tomcat's own 400: status $(tail -n 1 <<<"$tomcat_400"), server version shown: $(grep -c 'Apache Tomcat/' <<<"$tomcat_400" || true), stack trace shown: $(grep -c 'Exception' <<<"$tomcat_400" || true)"
