#!/usr/bin/env bash
# Installs the example plugin from its update site into a copy of the materialized Linux product with
# the p2 director the product carries, and uninstalls it again (run by ./verify in the verify phase):
#   1. copies the product (the one ./avtalebenk uses is never touched);
#   2. installs no.avtalebenk.examples.plugin.feature from the update site, offline (file: repository);
#   3. starts the product's command line: `projections` lists the model lonnsindeks, `chart --kind
#      lonnsindeks` draws the plugin's chart, `import --help` lists the importer skoleliste;
#   4. uninstalls the feature: the model is no longer listed and the chart kind is refused (exit 2).
# Usage: check-install.sh PRODUCT_DIR REPOSITORY_DIR WORK_DIR
set -euo pipefail
product=$1
repository=$(cd "$2" && pwd)
work=$3
feature=no.avtalebenk.examples.plugin.feature.feature.group

fail() { echo "check-install: FAILED: $*" >&2; exit 1; }
ok() { echo "check-install: ok: $*"; }

[ -x "$product/avtalebenk" ] || fail "no materialized Linux product at $product (the product module builds it first)"
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml" ] || fail "no p2 repository at $repository"
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

rm -rf "$work"
mkdir -p "$work/home"
cp -a "$product" "$work/avtalebenk"
install="$work/avtalebenk"
launcher=$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

# director ARGS...: the product's own Equinox running the p2 director application on the copy.
director() {
  "$java" -Xmx512m -jar "$launcher" -data "$work/director-workspace" -nosplash \
    -application org.eclipse.equinox.p2.director -destination "$install" -profile DefaultProfile \
    -repository "file:$repository" "$@" >"$work/director.log" 2>&1 \
    || { cat "$work/director.log" >&2; fail "the p2 director ($*)"; }
}

# cli ARGS...: the copy's launcher script, with its own home; standard output in $out, exit code in $code.
cli() {
  set +e
  out=$(AVTALEBENK_HOME="$work/home" "$install/avtalebenk" "$@" 2>"$work/stderr")
  code=$?
  set -e
}

cli projections
[ "$code" -eq 0 ] || { cat "$work/stderr" >&2; fail "projections before installing: exit $code"; }
if grep -q '^lonnsindeks ' <<<"$out"; then fail "the product already lists the model lonnsindeks before installing"; fi
ok "before installing, projections does not list lonnsindeks"

director -installIU "$feature"
ok "installed $feature from file:$repository"
ls "$install"/plugins/no.avtalebenk.examples.plugin_*.jar >/dev/null 2>&1 || fail "the plugin's jar is not in $install/plugins"

cli projections
[ "$code" -eq 0 ] || { cat "$work/stderr" >&2; fail "projections after installing: exit $code"; }
grep -q '^lonnsindeks .*(no.avtalebenk.examples.plugin)$' <<<"$out" || { echo "$out" >&2; fail "projections does not list lonnsindeks from no.avtalebenk.examples.plugin"; }
ok "projections lists: $(grep '^lonnsindeks ' <<<"$out")"

cli chart --kind lonnsindeks --out "$work/lonnsindeks.svg"
[ "$code" -eq 0 ] || { cat "$work/stderr" >&2; fail "chart --kind lonnsindeks: exit $code"; }
grep -q 'nnsindeks (antatt)' "$work/lonnsindeks.svg" || fail "the chart has no line 'Lønnsindeks (antatt)'"
ok "chart --kind lonnsindeks: $out"

cli import --help
grep -q 'skoleliste' <<<"$out" || fail "import --help does not list the importer skoleliste"
ok "import --help lists the importer skoleliste"

director -uninstallIU "$feature"
ok "uninstalled $feature"

cli projections
[ "$code" -eq 0 ] || { cat "$work/stderr" >&2; fail "projections after uninstalling: exit $code"; }
if grep -q '^lonnsindeks ' <<<"$out"; then fail "projections still lists lonnsindeks after uninstalling"; fi
ok "after uninstalling, projections does not list lonnsindeks"

cli chart --kind lonnsindeks --out "$work/gone.svg"
[ "$code" -eq 2 ] || fail "chart --kind lonnsindeks after uninstalling: exit $code, expected 2 (unknown kind)"
grep -q "unknown kind 'lonnsindeks'" "$work/stderr" || { cat "$work/stderr" >&2; fail "chart does not say the kind is unknown"; }
ok "after uninstalling, chart --kind lonnsindeks is refused: $(grep "unknown kind" "$work/stderr")"

echo "check-install: the example plugin installs from its update site and uninstalls again"
