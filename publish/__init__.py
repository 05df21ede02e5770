"""The public side of an intervention: its web page, the open feeds, the flyers.

A pure room (no Qt, no QGIS): it turns an intervention of the history and
the few facts that may be published about it (kind, times, state, streets,
a generalised area in plain WGS 84 coordinates) into static files, and
uploads them when asked. The QGIS edge (``gis/public_*``) renders the map,
generalises the area from the affected pipes and reads the upload
credentials from QgsAuthManager.
"""
