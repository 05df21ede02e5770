"""Sending SMS: the providers behind one interface, and their HTTP client.

A leaf room: it knows nothing of the outbox or the history (the dispatcher
that drains the outbox through a provider is ``notify.dispatcher``). Pure
core: no Qt, no QGIS. The QGIS adapter supplies the profile (from the QGIS
settings), the credentials (from QgsAuthManager) and the proxies.
"""
