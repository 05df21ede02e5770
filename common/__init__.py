"""The bottom of the house: words and small helpers every room shares.

The vocabulary (message kinds, intervention and outbox states, unreachable
reasons), the shape of a data warning, the collector pause of the big
builds, the SMS encoding rules and the phone-privacy helpers. Pure Python,
and it imports nothing else of the plugin, so any room may use it without
pulling in another room.
"""
