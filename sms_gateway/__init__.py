"""SMS sending: encoding, provider interface and registry, providers, dispatcher."""
