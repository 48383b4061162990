package dev.quarry.testkit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the embedded servers when the JUnit Platform session (Jupiter and Kotest alike) ends. */
public final class ServerShutdownListener implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestServers.stopAll();
    }
}
