@echo off
rem Avtalebenk for Windows (x86_64).
rem   avtalebenk.cmd                   opens the workbench
rem   avtalebenk.cmd COMMAND ...       runs a headless command, e.g. avtalebenk.cmd help
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, otherwise java on the PATH; 21 or newer.
rem Workspace and settings: %AVTALEBENK_HOME%, by default %USERPROFILE%\.avtalebenk.
setlocal EnableExtensions
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")

rem The Java version, read from the VM's own properties.
set "SPEC="
set "PROBE=%TEMP%\avtalebenk-java-%RANDOM%.txt"
"%JAVA%" -XshowSettings:properties -version >"%PROBE%" 2>&1
for /f "usebackq tokens=2 delims==" %%v in (`findstr /c:"java.specification.version" "%PROBE%"`) do set "SPEC=%%v"
del "%PROBE%" >nul 2>&1
if not defined SPEC (
  echo avtalebenk: no Java found; install a JDK 21 or newer and set JAVA_HOME ^(see README.txt^) 1>&2
  exit /b 3
)
set "SPEC=%SPEC: =%"
for /f "tokens=1 delims=." %%m in ("%SPEC%") do set "MAJOR=%%m"
if %MAJOR% LSS 21 (
  echo avtalebenk: %JAVA% is Java %SPEC%; Avtalebenk needs 21 or newer ^(set JAVA_HOME, see README.txt^) 1>&2
  exit /b 3
)

for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if defined AVTALEBENK_HOME (set "STATE=%AVTALEBENK_HOME%") else (set "STATE=%USERPROFILE%\.avtalebenk")
if not exist "%STATE%" mkdir "%STATE%"
set "LOG4J=file:/%HERE:\=/%avtalebenk-log4j.properties"

if "%~1"=="" (
  "%JAVA%" -Xmx1g -Djava.awt.headless=true --sun-misc-unsafe-memory-access=allow "-Dlog4j.configuration=%LOG4J%" -jar "%LAUNCHER%" -data "%STATE%\workspace" -application no.avtalebenk.app.application -product no.avtalebenk.app.product
) else (
  "%JAVA%" -Xmx1g -Djava.awt.headless=true --sun-misc-unsafe-memory-access=allow "-Dlog4j.configuration=%LOG4J%" -jar "%LAUNCHER%" -data "%STATE%\workspace" -application no.avtalebenk.cli.app -noSplash %*
)
exit /b %ERRORLEVEL%
