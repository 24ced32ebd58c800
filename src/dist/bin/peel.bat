@echo off
rem The peel command line for Windows, as the distribution archive ships it: needs a Java 17 runtime and nothing
rem else. Finds java through JAVA_HOME, else on the PATH. PEEL_JAVA_OPTS replaces the default JVM options.
rem (No parenthesised blocks: a JAVA_HOME under "Program Files (x86)" would end them early.)
setlocal
set "PEEL_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA%" goto badJavaHome
if not defined JAVA_HOME where java >nul 2>nul || goto noJava
if not defined PEEL_JAVA_OPTS set "PEEL_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"%JAVA%" %PEEL_JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%PEEL_HOME%\lib\*" org.peelrules.cli.PeelCommand %*
exit /b %ERRORLEVEL%

:badJavaHome
echo peel: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; set it to a Java 17 runtime, or unset it 1>&2
exit /b 1

:noJava
echo peel: no java on the PATH: install a Java 17 (or later) runtime, or set JAVA_HOME 1>&2
exit /b 1
