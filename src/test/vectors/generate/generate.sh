#!/bin/sh
# Regenerates the decode test vectors by running the real frameworks (see docs/decode.md, "Test vectors").
# Needs: apt-get install -y python3-flask python3-django python3-jwt python3-tornado python3-starlette php-cli
#        ruby-rails curl; Node.js with npm; a JDK and Maven. Writes src/test/resources/decode/vectors/*.json.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../resources/decode/vectors"
mkdir -p "$out"
/usr/bin/python3 "$here/python_vectors.py" > "$out/python.json"
(cd "$here/node" && npm ci --no-audit --no-fund >/dev/null && node vectors.js) > "$out/node.json"
"$here/php_vectors.sh" > "$out/php.json"
(cd "$here" && ruby rails_vectors.rb) > "$out/rails.json"
(cd "$here/java" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null \
  && java -cp "$(cat target/classpath.txt)" JavaVectors.java 2>/dev/null) > "$out/java.json"
for file in "$out"/*.json; do
  printf '%s: %s vectors\n' "$(basename "$file")" "$(grep -c '"framework"' "$file")"
done
