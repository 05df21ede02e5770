"""``outage:isolate``: the valves to close and who loses water for a work site.

The batch twin of the click-a-pipe tool: the same network model, the same
trace and the same customer selection (``work_site.analyse``).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..gis.features import LayerError, attribute, field_index
from ..gis.hydraulic_words import problem_text
from ..gis.pressure_task import link_reader, simulate
from ..gis.progress import FeedbackProgress
from ..gis.result_features import pipe_features, pipe_fields, valve_features, valve_fields
from ..trace.pipe_ids import split_pipe_ids
from ..work_site import analyse
from .base import OutageAlgorithm, require
from .feedback import push_data_warnings
from .hydraulic_parameters import add_model_parameters, pressure_settings_from_parameters
from .outputs import (
    add_customer_output,
    add_report_output,
    write_customers,
    write_report,
    write_sink,
)
from .parameters import (
    add_customer_parameters,
    add_network_parameters,
    customer_index_from_parameters,
    network_from_parameters,
)


class IsolateAlgorithm(OutageAlgorithm):
    NAME = "isolate"
    DISPLAY_NAME = "Isolate a work site"
    HELP = (
        "Finds what must be closed to work on one or several pipes: the isolated pipes, the "
        "valves to close (only those whose far side can still supply water; the others are "
        "listed as not required), the sources to shut (tanks, wells or inlets touching the "
        "isolated pipes: shut their connection toward the work or stop the pump), the valves "
        "already closed, the inoperable valves passed through, the pipes left without supply "
        "because they are cut off from every source, plan B for each valve, and, with a "
        "customers layer, the affected customers, the SMS recipients (one per number) and who "
        "cannot be reached. PIPE_IDS lists the pipe ids, separated by commas, semicolons or '|' "
        "(spaces inside an id are then kept: 'C 001; C 002'), or by spaces when the text has "
        "none of those ('C001 C002'); when empty, the selected pipes are used. Valves whose "
        "state is in CHECK_VALUES are non-return valves, one-way in their pipe's digitising "
        "direction: one that lets water into the isolated pipes is passed (listed with check: "
        "true), one that points out of them holds (listed as already closed, check: true). With "
        "SERVICES, a customer is linked to the main its service line meets. With an EPANET "
        "MODEL, the closure is also simulated (at the hour of "
        "highest demand, or in a steady state): supplied pipes whose model nodes fall below "
        "MIN_PRESSURE metres, or lose more than MAX_PRESSURE_DROP % of their normal pressure, "
        "are low-pressure pipes (pipes.low_pressure in the report, role low_pressure in the "
        "outputs) and their customers a third group (customers.low_pressure). A model that "
        "does not run leaves the topological answer as it is and says why (hydraulics.problem)."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add_network_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(
                "PIPE_IDS",
                self.tr("Pipe ids of the work site (empty: selected pipes)"),
                "",
                False,
                True,
            )
        )
        add_customer_parameters(self)
        add_model_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_PIPES", self.tr("Isolated and unsupplied pipes")
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_VALVES", self.tr("Valves")))
        add_customer_output(self)
        add_report_output(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        progress = FeedbackProgress(feedback)
        network, crs, layers = network_from_parameters(
            self, parameters, context, progress.part(0, 60), feedback
        )
        pipe_ids = work_site_ids(self, parameters, context, layers)
        try:
            pieces = network.pieces_for_pipe_ids(pipe_ids)
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("Pipe layer '{layer}': {problem}.").format(
                    layer=layers.pipes.name(), problem=error
                )
            ) from error
        index, customer_layers = customer_index_from_parameters(
            self, parameters, context, network, crs, feedback
        )
        progress.set_progress(80)
        if feedback.isCanceled():
            return {}
        work_site = analyse(network, pieces, index)
        self._check_pressure(work_site, network, layers, parameters, context, feedback)
        report = work_site.report()
        push_data_warnings(feedback, work_site.data_warnings)
        id_field = layers.pipes.fields().field(layers.pipe_id_field)
        valve_id_field = layers.valves.fields().field(layers.valve_id_field)
        pfields, vfields = pipe_fields(id_field), valve_fields(valve_id_field)
        results = {
            "OUTPUT_PIPES": write_sink(
                self,
                parameters,
                context,
                "OUTPUT_PIPES",
                pfields,
                QgsWkbTypes.Type.LineString,
                crs,
                pipe_features(work_site, pfields),
            ),
            "OUTPUT_VALVES": write_sink(
                self,
                parameters,
                context,
                "OUTPUT_VALVES",
                vfields,
                QgsWkbTypes.Type.Point,
                crs,
                valve_features(work_site, report, vfields),
            ),
        }
        if customer_layers is not None:
            customer_id_field = customer_layers.customers.fields().field(customer_layers.id_field)
            results["OUTPUT_CUSTOMERS"] = write_customers(
                self, parameters, context, work_site.all_customers(), customer_id_field, crs
            )
        results["OUTPUT_REPORT"] = write_report(self, parameters, context, report, crs)
        counts = report["counts"]
        feedback.pushInfo(
            self.tr(
                "{close} valves to close, {sources} sources to shut, {isolated} pipes isolated, "
                "{unsupplied} unsupplied, {customers} customers affected."
            ).format(
                close=counts["valves_to_close"],
                sources=counts["sources_to_shut"],
                isolated=counts["isolated_pipes"],
                unsupplied=counts["unsupplied_pipes"],
                customers=counts.get("customers", 0),
            )
        )
        progress.set_progress(100)
        return results

    def _check_pressure(self, work_site, network, layers, parameters, context, feedback) -> None:
        """With a MODEL, simulate the closure and attach the low-pressure group (or why not)."""
        settings = pressure_settings_from_parameters(self, parameters, context)
        if not settings.enabled:
            return
        feedback.pushInfo(self.tr("Simulating the closure in the hydraulic model…"))
        try:
            reader = link_reader(layers.pipes, layers.pipe_id_field, settings.link_field)
        except LayerError as error:
            raise QgsProcessingException(str(error)) from error
        answer, problem = simulate(work_site, network, settings, reader)
        work_site.set_pressure(answer, problem)
        if problem is not None:
            feedback.pushWarning(problem_text(problem))


def work_site_ids(algorithm, parameters, context, layers) -> list:
    """Pipe ids typed in PIPE_IDS (converted to the id field's type), or the selected pipes'."""
    text = algorithm.parameterAsString(parameters, "PIPE_IDS", context)
    id_index = field_index(layers.pipes, layers.pipe_id_field, "pipe id")
    if text.strip():
        id_field = layers.pipes.fields().at(id_index)
        ids = []
        for value in split_pipe_ids(text):
            if id_field.isNumeric():
                require(
                    value.lstrip("-").isdigit(),
                    algorithm.tr(
                        "Pipe id '{value}' is not a number, but the field '{field}' of layer "
                        "'{layer}' is numeric."
                    ).format(value=value, field=id_field.name(), layer=layers.pipes.name()),
                )
                ids.append(int(value))
            else:
                ids.append(value)
        return ids
    selected = [attribute(f, id_index) for f in layers.pipes.getSelectedFeatures()]
    require(
        bool(selected),
        algorithm.tr("No pipe ids were given and no pipe is selected in layer '{layer}'.").format(
            layer=layers.pipes.name()
        ),
    )
    return selected
