@echo off
rem quarry-migrate: runs the command line with conf\ and every jar of lib\ on the class path.
rem   JAVA_HOME                 the Java runtime to use (17 or newer); else java from the PATH
rem   JAVA_OPTS                 options for the JVM
rem   QUARRY_MIGRATE_CLASSPATH  more class path entries separated by ';'
rem Exit codes: 0 success, 1 failure, 2 usage error.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
set "QUARRY_CP=%APP_HOME%\conf;%APP_HOME%\lib\*"
if defined QUARRY_MIGRATE_CLASSPATH set "QUARRY_CP=%QUARRY_CP%;%QUARRY_MIGRATE_CLASSPATH%"
"%JAVA_EXE%" %JAVA_OPTS% -cp "%QUARRY_CP%" dev.quarry.migrate.cli.QuarryMigrate %*
exit /b %ERRORLEVEL%
