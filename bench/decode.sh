#!/bin/sh
# Prints how long one decode takes for each kind of value, on the compiled classes (mvn compile first).
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -cp "target/classes:$(cat target/classpath.txt)" bench/DecodeCost.java
