package com.chipchain;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;

/** The page shell: server push on, so every open screen hears about changes. */
@Push
@PWA(name = "Chipchain", shortName = "Chipchain")
public class AppShell implements AppShellConfigurator {
}
