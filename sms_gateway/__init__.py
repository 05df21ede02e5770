"""Sending SMS: providers behind one interface, and the dispatcher that
drives them from the durable outbox (``store/outbox.py``).

Pure core: no Qt, no QGIS. The QGIS adapter supplies the profile (from the
QGIS settings), the credentials (from QgsAuthManager) and the proxies.
"""
