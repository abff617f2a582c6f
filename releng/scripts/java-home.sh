# Sourced by ./avtalebenk and ./verify: selects the JDK the project needs (Java 21 or newer; current
# Eclipse bundles do not resolve on 17). Prefers Temurin 25 as installed on the build machines.
avtalebenk_java_home() {
  if [ -n "${AVTALEBENK_JAVA_HOME:-}" ]; then echo "$AVTALEBENK_JAVA_HOME"; return 0; fi
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 "${JAVA_HOME:-}"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  echo "avtalebenk: no JDK 21 or newer found; install Temurin 25 or set AVTALEBENK_JAVA_HOME" >&2
  return 1
}
