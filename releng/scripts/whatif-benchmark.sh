#!/usr/bin/env bash
# Runs the what-if benchmark (docs/performance.md, "Live what-if") on the materialized Linux product:
# a what-if panel in a real SWT window, edited again and again, each edit timed to the redrawn and
# painted totals and chart. As for benchmark.sh, the benchmark bundle is added to a copy of the
# product's bundle list in a configuration area of its own. Without a display it starts Xvfb.
# Usage: releng/scripts/whatif-benchmark.sh [ROUNDS] [--screenshot FILE]   (after ./mvnw package or ./verify)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
JAVA_HOME=$(avtalebenk_java_home)
product="$root/releng/no.avtalebenk.product/target/products/no.avtalebenk.product/linux/gtk/x86_64/avtalebenk"
bench=("$root"/bundles/no.avtalebenk.charts.ui.benchmark/target/no.avtalebenk.charts.ui.benchmark-*.jar)
if [ ! -d "$product/plugins" ] || [ ! -f "${bench[0]}" ]; then
  echo "whatif-benchmark: build the product and the benchmark bundle first: ./mvnw -B -q package -DskipTests" >&2
  exit 2
fi
version=$(unzip -p "${bench[0]}" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')

conf=$(mktemp -d /tmp/avtalebenk-whatif-bench.XXXXXX)
trap 'rm -rf "$conf"' EXIT
cp -r "$product/configuration/config.ini" "$product/configuration/org.eclipse.equinox.simpleconfigurator" "$conf/"
echo "no.avtalebenk.charts.ui.benchmark,$version,file:${bench[0]},4,false" \
  >>"$conf/org.eclipse.equinox.simpleconfigurator/bundles.info"

# The panel's texts in Norwegian bokmål, as users see them (and in the screenshot).
run=("$JAVA_HOME/bin/java" -Xmx512m -Djava.awt.headless=true --sun-misc-unsafe-memory-access=allow
  -Dlog4j.configuration="file:$root/releng/avtalebenk-log4j.properties"
  -jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar -configuration "$conf" -nl nb
  -application no.avtalebenk.charts.ui.benchmark.app -noSplash -consoleLog "$@")
if [ -n "${DISPLAY:-}" ]; then
  "${run[@]}"
else
  xvfb-run -a --server-args="-screen 0 1280x1024x24" "${run[@]}"
fi
