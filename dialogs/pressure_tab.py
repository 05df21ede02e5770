"""The results dock's pressure tab: who keeps water, but at low pressure.

It reads the ``hydraulics`` part of the work site's report, like the rest
of the dock: whether a simulation runs, what it simulated, the low-pressure
pipes and customers in figures, and the model nodes that fell, lowest
first. Without a model it says where to set one.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QLabel, QListView, QListWidget, QVBoxLayout, QWidget

from ..gis.hydraulic_settings import DONE, FAILED, PENDING
from ..gis.hydraulic_words import problem_text, time_text
from ..gis.i18n import decimal_text, tr, tr_n

#: The lowest nodes listed; the report has them all.
NODES_SHOWN = 50


def _metres(value) -> str:
    """Metres with one decimal in the interface's own notation (``13,1 m`` in Italian)."""
    if value is None:
        return tr("no water")
    return tr("{value} m").format(value=decimal_text(value, 1))


def pressure_rows(report: dict) -> list:
    """``(label, value)`` figures of a report's pressure answer, in the tab's order."""
    section = report["hydraulics"]
    counts = report["counts"]
    rows = [
        (tr("Simulated"), time_text(section["time"], section["clock"])),
        (
            tr("Low pressure when"),
            tr("below {metres} m, or {share} % below normal").format(
                metres=decimal_text(section["min_pressure_m"]),
                share=decimal_text(100 * section["max_drop"]),
            ),
        ),
        (
            tr("Low-pressure pipes"),
            tr("{n} ({km} km)").format(
                n=counts.get("low_pressure_pipes", 0),
                km=decimal_text(counts.get("low_pressure_km", 0.0)),
            ),
        ),
    ]
    customers = section.get("counts")
    if customers is not None:
        rows += [
            (tr("Customers at low pressure"), str(customers["customers"])),
            (tr("Units"), str(customers["units"])),
            (tr("Sensitive customers"), str(customers["sensitive"])),
            (tr("Reachable by SMS"), str(customers["reachable"])),
        ]
    model = section["model"]
    rows += [
        (tr("Links closed in the model"), str(len(section["closed_links"]))),
        (
            tr("Isolated pipes not in the model"),
            str(len(section["closure_not_in_model"])),
        ),
        (tr("GIS pipes not in the model"), str(model["pipes_missing_from_model"])),
        (tr("Model links not in the GIS"), str(model["links_missing_from_gis"])),
    ]
    return rows


class PressureTab(QWidget):
    """A status line, the figures, and the nodes at low pressure."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # "label: value" lines that wrap, so a narrow dock still shows every value whole.
        self.figures = QListWidget(self)
        self.figures.setWordWrap(True)
        self.figures.setResizeMode(QListView.ResizeMode.Adjust)
        layout.addWidget(self.figures, 1)
        self._title = tr("Pressure")

    def title(self) -> str:
        return self._title

    def show_report(self, report) -> None:
        """Show the pressure part of ``report`` (None: no work site)."""
        self.figures.clear()
        self._title = tr("Pressure")
        section = report.get("hydraulics") if report else None
        status = section["status"] if section else None
        self.figures.setVisible(status == DONE)
        if report is None:
            self.status.setText("")
        elif status == PENDING:
            self.status.setText(tr("Simulating the closure in the hydraulic model…"))
        elif status == FAILED:
            self.status.setText(
                problem_text(section["problem"])
                + " "
                + tr("The lists of isolated and unsupplied customers stand.")
            )
        elif status == DONE:
            self._show_answer(report)
        else:
            self.status.setText(
                tr(
                    "No hydraulic model is set. Choose an EPANET model in the settings "
                    "(Hydraulic model) to see who keeps water, but at low pressure."
                )
            )

    def _show_answer(self, report: dict) -> None:
        section = report["hydraulics"]
        low = len(report["customers"]["low_pressure"])
        self._title = tr("Pressure ({n})").format(n=low)
        self.status.setText(
            tr_n("%n customers keep water, but at low pressure.", low)
            if report["pipes"]["low_pressure"]["pipe_ids"]
            else tr("No supplied pipe falls to low pressure.")
        )
        for label, value in pressure_rows(report):
            self.figures.addItem(f"{label}: {value}")
        nodes = section["low_nodes"]
        if nodes:
            self.figures.addItem(tr("Model nodes at low pressure ({n}):").format(n=len(nodes)))
            for node in nodes[:NODES_SHOWN]:
                text = tr("{pressure} (normally {normal})").format(
                    pressure=_metres(node["pressure_m"]), normal=_metres(node["normal_m"])
                )
                self.figures.addItem(f"    {node['node_id']}: {text}")
