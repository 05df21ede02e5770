"""The Processing provider ``outage``: the plugin's batch API."""
