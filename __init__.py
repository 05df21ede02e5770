"""Water Outage Notifier: trace valve isolation, list the customers who lose
water, and warn them by SMS with a copy to the call-centre.

QGIS imports this package and calls :func:`classFactory`. Nothing here
imports QGIS at module level, so the pure core (``trace``, ``customers``,
``messages``, ``sms_gateway``, ``store``, ``mail``) stays importable by plain
Python, which is how ``tests/unit`` runs it.
"""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    """Create the plugin for QGIS; ``iface`` is ``None`` under qgis_process.

    Without its Python packages the plugin cannot work: a stand-in then says
    what to install instead of failing with a traceback.
    """
    from .dependencies import missing_packages

    missing = missing_packages()
    if missing:
        from .missing_dependencies import MissingDependenciesPlugin

        return MissingDependenciesPlugin(iface, missing)
    from .plugin import WaterOutageNotifierPlugin

    return WaterOutageNotifierPlugin(iface)
