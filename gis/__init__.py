"""QGIS adapters: they translate between layers and the pure core, and decide nothing."""
