package com.chipchain;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;

/**
 * The page shell: server push on, so every open screen hears about changes. Pushes come over a
 * websocket; what the browser sends goes over plain requests (WEBSOCKET_XHR), which carry cookies:
 * the login can give the session a new id, and a school proxy that drops websockets still lets
 * clicks through.
 */
@Push(transport = com.vaadin.flow.shared.ui.Transport.WEBSOCKET_XHR)
@PWA(name = "Chipchain", shortName = "Chipchain")
public class AppShell implements AppShellConfigurator {
}
