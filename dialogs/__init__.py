"""Qt windows and docks of the plugin: settings, notify, results and history."""
