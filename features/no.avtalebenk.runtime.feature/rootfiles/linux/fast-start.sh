# Fast start of Avtalebenk's headless commands; sourced by the launcher script (bash).
#
# avtalebenk_fast_start PRODUCT_CONFIGURATION CLI_CONFIGURATION STATE JAVA VM_ARGS... -- APPLICATION_ARGS...
#
# Headless commands start from a configuration area of their own (CLI_CONFIGURATION): the product's
# config.ini and bundle list, with the same bundles installed as in the workbench, but the workbench's
# run-time services (declarative services, the service loader mediator, event admin) not started at
# start level 2: no headless command uses them, and starting them reads every bundle's localized
# headers and component descriptions. They start as before when something asks for them.
#
# The framework, its extension and the launcher are loaded from the class path, not as bundles, and
# the JDK checks a signed jar's signature there at every start (an RSA verification and a digest of
# the whole manifest) and leaves its classes out of the class-data sharing archive. The area holds
# unsigned copies of those three jars (UnsignedCopy.java, run once with Java's source launcher; the
# same classes), and its config.ini names them and the product's plugins by absolute location. Where
# the copies cannot be made (a Java runtime without the compiler), the signed jars are used as before.
#
# Beside it a class-data sharing archive of the classes a headless command loads (JDK 13+ dynamic
# archive), named after the Java runtime: made once, on the first headless command, by a training run
# of `compare --data reference` on the bundled example, and used by every command after that. Nothing is
# downloaded. AVTALEBENK_CDS=0 starts without the archive.
#
# Sets the array fast_start to the VM options that use the archive (empty when there is none), and
# fast_cli to APPLICATION_ARGS with `-jar LAUNCHER` replaced by the unsigned launcher when there is one.
avtalebenk_fast_start() {
  local product_config=$1 cli_config=$2 state=$3 java=$4
  shift 4
  local vm=() app=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do vm+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  app=("$@")
  fast_start=()

  # An area made before the unsigned copies has no marker: it is made again.
  if [ -d "$cli_config" ] && [ ! -f "$cli_config/unsigned-copies.tried" ]; then
    rm -rf "$cli_config"
  fi
  if [ ! -f "$cli_config/config.ini" ]; then
    local fresh product plugins framework extension launcher
    fresh=$(mktemp -d "$state/.configuration-cli.XXXXXX")
    mkdir -p "$fresh/org.eclipse.equinox.simpleconfigurator"
    sed -E 's/^(org\.apache\.felix\.scr|org\.apache\.aries\.spifly\.dynamic\.bundle|org\.eclipse\.equinox\.event),([^,]*),([^,]*),([^,]*),true$/\1,\2,\3,\4,false/' \
      "$product_config/org.eclipse.equinox.simpleconfigurator/bundles.info" \
      >"$fresh/org.eclipse.equinox.simpleconfigurator/bundles.info"
    product=$(dirname "$product_config")
    plugins="$product/plugins"
    framework=$(sed -n 's/^osgi\.framework=file\\:plugins\/\(.*\.jar\)$/\1/p' "$product_config/config.ini")
    extension=$(sed -n 's/^osgi\.framework\.extensions=reference\\:file\\:\([^,]*\.jar\)$/\1/p' "$product_config/config.ini")
    launcher=$(cd "$plugins" && ls org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
    touch "$fresh/unsigned-copies.tried"
    if [ -n "$framework" ] && [ -n "$extension" ] && [ -n "$launcher" ] \
        && "$java" "$(dirname "${BASH_SOURCE[0]}")/UnsignedCopy.java" "$plugins/$framework" "$fresh/framework.jar" \
          "$plugins/$extension" "$fresh/framework-extension.jar" "$plugins/$launcher" "$fresh/launcher.jar" >/dev/null 2>&1; then
      # The final area's absolute locations; the simple configurator stays the product's.
      sed -E -e "s#^osgi\.framework=.*#osgi.framework=file\\\\:$cli_config/framework.jar#" \
        -e "s#^osgi\.framework\.extensions=.*#osgi.framework.extensions=reference\\\\:file\\\\:$cli_config/framework-extension.jar#" \
        -e "s#^osgi\.bundles=reference\\\\:file\\\\:#osgi.bundles=reference\\\\:file\\\\:$plugins/#" \
        "$product_config/config.ini" >"$fresh/config.ini"
    else
      rm -f "$fresh"/*.jar "$fresh"/*.partial
      cp "$product_config/config.ini" "$fresh/config.ini"
    fi
    # Another start may have made the area meanwhile; then its copy is kept.
    mv -T "$fresh" "$cli_config" 2>/dev/null || rm -rf "$fresh"
  fi
  fast_cli=()
  while [ ${#app[@]} -gt 0 ]; do
    if [ "${app[0]}" = -jar ] && [ -f "$cli_config/launcher.jar" ]; then
      fast_cli+=(-jar "$cli_config/launcher.jar" -install "$(dirname "$product_config")")
      app=("${app[@]:2}")
    else
      fast_cli+=("${app[0]}")
      app=("${app[@]:1}")
    fi
  done
  app=("${fast_cli[@]}")

  [ "${AVTALEBENK_CDS:-1}" = 0 ] && return 0
  local home release version=unknown
  home=$(dirname "$(dirname "$(readlink -f "$java")")")
  release="$home/release"
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$release")
  fi
  local archive="$cli_config/classes-${version:-unknown}.jsa"
  # The JVM's notes on the archive (classes it cannot hold, an archive of another JVM) would go to
  # standard output, which is the command's.
  local quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)
  if [ ! -f "$archive" ]; then
    echo "avtalebenk: preparing faster starts of the headless commands (once, a few seconds)..." >&2
    local partial="$archive.$$"
    if (cd "$state" && "$java" "${vm[@]}" -XX:ArchiveClassesAtExit="$partial" "${quiet[@]}" "${app[@]}" \
          -configuration "$cli_config" compare --data reference --format csv >/dev/null 2>&1) && [ -s "$partial" ]; then
      mv -f "$partial" "$archive"
    else
      rm -f "$partial"
    fi
  fi
  if [ -f "$archive" ]; then
    fast_start=(-XX:SharedArchiveFile="$archive" "${quiet[@]}")
  fi
}

# avtalebenk_jit ARGS...: sets the array jit to the JIT options of a headless command line. A command
# ends within a second or two on the case's own counts or the reference data set (374 units), before
# the optimizing compiler's work pays back, and on two cores that work competes with the command: it
# runs with the client compiler only (-XX:TieredStopAtLevel=1; simulate --data reference 1.99 -> 1.37 s,
# --version 0.75 -> 0.59 s, docs/performance.md). Monte Carlo, sweeps and a data set read from a file
# (which may hold 10 000 units) keep both compilers: on 10 000 units the client compiler alone made
# simulate 1.5x and Monte Carlo 2.4x slower.
avtalebenk_jit() {
  jit=()
  case "${1:-}" in
    montecarlo|sweep) return 0 ;;
  esac
  local arg previous=
  for arg in "$@"; do
    if [ "$previous" = --data ] && [ "$arg" != reference ]; then return 0; fi
    case "$arg" in --data=*) [ "${arg#--data=}" != reference ] && return 0 ;; esac
    previous=$arg
  done
  jit=(-XX:TieredStopAtLevel=1)
}
