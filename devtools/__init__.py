"""Developer tools, not shipped in the plugin zip."""
