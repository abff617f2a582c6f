#!/usr/bin/env bash
# Checks the product archives built by this module (run by ./verify in the verify phase):
#   - each platform's archive exists and holds its SWT fragment, its launcher script and README.txt;
#   - the launcher scripts in the tar.gz archives (Linux, macOS) are executable;
#   - the unpacked Linux archive's launcher runs the headless command line with exit code 0.
# Usage: check-archives.sh PRODUCTS_DIR WORK_DIR
set -euo pipefail
products=$1
work=$2

# The headless command the unpacked Linux product must run with exit code 0.
cli_check=(--version)

failures=0
fail() { echo "check-archives: FAILED: $*" >&2; failures=$((failures + 1)); }
ok() { echo "check-archives: ok: $*"; }

# archive PLATFORM: the one archive of that platform (os.ws.arch), or nothing.
archive() {
  local found=("$products"/avtalebenk-*-"$1".*)
  [ -f "${found[0]}" ] && echo "${found[0]}"
}

# entries ARCHIVE: the archive's file names, one a line.
entries() {
  case "$1" in
    *.zip) unzip -Z1 "$1" ;;
    *.tar.gz) tar -tzf "$1" ;;
  esac
}

# expect ARCHIVE LISTING DESCRIPTION REGEX: one entry of the listing matches REGEX.
expect() {
  if grep -Eq "$4" <<<"$2"; then ok "$(basename "$1") holds $3"; else fail "$(basename "$1") has no $3 (looked for $4)"; fi
}

check() { # check PLATFORM ROOT SWT_REGEX LAUNCHER (ROOT: the installation's folder in the archive)
  local file listing root=$2
  file=$(archive "$1") || true
  if [ -z "$file" ]; then fail "no archive for $1 in $products"; return; fi
  ok "$(basename "$file") exists"
  listing=$(entries "$file")
  expect "$file" "$listing" "the SWT fragment" "^$root/plugins/$3_[^/]+\.jar$"
  expect "$file" "$listing" "the launcher script $4" "^$root/$4$"
  expect "$file" "$listing" "README.txt" "^$root/README\.txt$"
  expect "$file" "$listing" "the Equinox launcher" "^$root/plugins/org\.eclipse\.equinox\.launcher_[^/]+\.jar$"
  if [[ "$file" == *.tar.gz ]]; then
    local mode
    mode=$(tar -tvzf "$file" | awk -v name="${root//\\/}/$4" '$NF == name { print $1 }')
    case "$mode" in
      -rwx*) ok "$(basename "$file"): the launcher script is executable ($mode)" ;;
      *) fail "$(basename "$file"): the launcher script is not executable (${mode:-missing})" ;;
    esac
  fi
}

# Tycho lays out the macOS installation as an application bundle (avtalebenk.app/Contents/Eclipse).
check linux.gtk.x86_64 avtalebenk 'org\.eclipse\.swt\.gtk\.linux\.x86_64' avtalebenk
check win32.win32.x86_64 avtalebenk 'org\.eclipse\.swt\.win32\.win32\.x86_64' avtalebenk.cmd
check macosx.cocoa.aarch64 'avtalebenk\.app/Contents/Eclipse' 'org\.eclipse\.swt\.cocoa\.macosx\.aarch64' avtalebenk

linux=$(archive linux.gtk.x86_64) || true
if [ -n "$linux" ]; then
  rm -rf "$work"
  mkdir -p "$work/home"
  tar -xzf "$linux" -C "$work"
  set +e
  out=$(AVTALEBENK_HOME="$work/home" "$work/avtalebenk/avtalebenk" "${cli_check[@]}" 2>"$work/stderr")
  code=$?
  set -e
  if [ "$code" -eq 0 ] && [ -n "$out" ]; then
    ok "avtalebenk ${cli_check[*]} from the unpacked Linux archive exits 0 ($(head -n 1 <<<"$out"))"
  else
    fail "avtalebenk ${cli_check[*]} from the unpacked Linux archive: exit code $code, standard error:"
    cat "$work/stderr" >&2
  fi
  # The fast start's configuration area: unsigned copies of the framework, its extension and the
  # launcher (fast-start.sh), which config.ini names, and the class-data sharing archive.
  area=$(ls -d "$work/home"/configuration-headless-* 2>/dev/null | head -n 1)
  if [ -n "$area" ] && [ -f "$area/framework.jar" ] && [ -f "$area/framework-extension.jar" ] && [ -f "$area/launcher.jar" ] \
      && grep -q "^osgi.framework=file.*$area/framework.jar$" "$area/config.ini" && ls "$area"/classes-*.jsa >/dev/null 2>&1; then
    ok "the headless commands start from unsigned copies of the framework jars and a class-data sharing archive"
  else
    fail "the headless configuration area ${area:-(none)} lacks the unsigned framework copies or the class-data sharing archive"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "check-archives: $failures check(s) failed" >&2
  exit 1
fi
echo "check-archives: all archives are complete"
