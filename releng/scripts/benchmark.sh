#!/usr/bin/env bash
# Runs the simulation benchmark (docs/performance.md) on the materialized Linux product. The
# benchmark bundle is not part of the product: it is added to a copy of the product's bundle list
# in a configuration area of its own, so the product itself stays as shipped.
# Usage: releng/scripts/benchmark.sh [SCENARIOS [DRAWS]]   (after ./mvnw package or ./verify)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
JAVA_HOME=$(avtalebenk_java_home)
product="$root/releng/no.avtalebenk.product/target/products/no.avtalebenk.product/linux/gtk/x86_64/avtalebenk"
bench=("$root"/bundles/no.avtalebenk.simulation.benchmark/target/no.avtalebenk.simulation.benchmark-*.jar)
if [ ! -d "$product/plugins" ] || [ ! -f "${bench[0]}" ]; then
  echo "benchmark: build the product and the benchmark bundle first: ./mvnw -B -q package -DskipTests" >&2
  exit 2
fi
version=$(unzip -p "${bench[0]}" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')

conf=$(mktemp -d /tmp/avtalebenk-bench.XXXXXX)
trap 'rm -rf "$conf"' EXIT
cp -r "$product/configuration/config.ini" "$product/configuration/org.eclipse.equinox.simpleconfigurator" "$conf/"
echo "no.avtalebenk.simulation.benchmark,$version,file:${bench[0]},4,false" \
  >>"$conf/org.eclipse.equinox.simpleconfigurator/bundles.info"

"$JAVA_HOME/bin/java" -Xmx512m -Djava.awt.headless=true --sun-misc-unsafe-memory-access=allow \
  -Dlog4j.configuration="file:$root/releng/avtalebenk-log4j.properties" \
  -jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar -configuration "$conf" \
  -application no.avtalebenk.simulation.benchmark.app -noSplash "$@"
