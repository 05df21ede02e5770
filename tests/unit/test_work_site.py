"""A work site's report lists the data warnings of its own area, in time independent of the network."""

from water_outage_notifier.common.data_warning import DataWarning
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)
from water_outage_notifier.work_site import WarningIndex, analyse


def warning(code, point):
    return DataWarning(code, f"{code} at {point}", "pipe", point=point)


def test_near_keeps_the_area_grown_by_the_margin_and_every_unplaced_warning():
    inside = warning("a", (10.0, 10.0))
    on_margin = warning("b", (-40.0, 10.0))
    outside = warning("c", (500.0, 10.0))
    unplaced = warning("d", None)
    index = WarningIndex([outside, inside, unplaced, on_margin])
    assert index.total == 4
    assert index.near((0.0, 0.0, 20.0, 20.0), margin=50.0) == [inside, on_margin, unplaced]
    assert index.near((0.0, 0.0, 20.0, 20.0), margin=5.0) == [inside, unplaced]
    assert index.near(None) == [unplaced]


def _two_districts():
    """A main A-B from a tank, and far away a separate district C with a dangling pipe."""
    pipes = [
        PipeInput(1, "A", [[(0.0, 0.0), (100.0, 0.0)]]),
        PipeInput(2, "B", [[(100.0, 0.0), (200.0, 0.0)]]),
        PipeInput(3, "C", [[(5000.0, 0.0), (5100.0, 0.0)]]),
    ]
    valves = [ValveInput(1, "V1", (100.0, 0.0), "open")]
    sources = [SourceInput(1, "T", (0.0, 0.0))]
    return build_network(pipes, valves, sources, NetworkSettings())


def test_the_report_lists_only_the_warnings_around_the_work_site():
    network = _two_districts()
    far = [w for w in network.warnings if w.point is not None and w.point[0] > 4000]
    assert far, "the far district has warnings (no source, dangling ends)"
    site = analyse(network, network.pieces_of_pipe("B"))
    report = site.report()
    listed = {(w["code"], tuple(w["point"]) if w["point"] else None) for w in report["warnings"]}
    assert not any(point and point[0] > 4000 for _, point in listed)
    assert report["counts"]["warnings_total"] == len(network.warnings)
    assert report["counts"]["warnings_here"] == len(site.data_warnings) < len(network.warnings)
