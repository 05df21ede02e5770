"""The list of algorithms the ``outage`` provider offers.

Kept apart from the provider so that adding an algorithm is one line here
and the provider never changes.
"""

from __future__ import annotations

from .batch import BatchAlgorithm
from .customers import CustomersAlgorithm
from .dispatch import DispatchAlgorithm
from .isolate import IsolateAlgorithm
from .model_report import ModelReportAlgorithm
from .notify import NotifyAlgorithm
from .opt_outs import OptOutsAlgorithm
from .publish import PublishAlgorithm
from .reminders import RemindersAlgorithm
from .replies_map import RepliesMapAlgorithm
from .report import ReportAlgorithm
from .reschedule import RescheduleAlgorithm
from .segments import SegmentsAlgorithm


def algorithm_classes() -> list:
    """Algorithm classes in the order they appear in the toolbox."""
    return [
        SegmentsAlgorithm,
        IsolateAlgorithm,
        CustomersAlgorithm,
        NotifyAlgorithm,
        BatchAlgorithm,
        DispatchAlgorithm,
        RemindersAlgorithm,
        RescheduleAlgorithm,
        OptOutsAlgorithm,
        RepliesMapAlgorithm,
        PublishAlgorithm,
        ReportAlgorithm,
        ModelReportAlgorithm,
    ]
