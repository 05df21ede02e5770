"""``outage:batch``: a CSV of planned works traced, checked and notified in one run.

The planner's weekly list, from the Python console or ``qgis_process``:
the network model is built once, each work is traced on it, checked for
conflicts and notified through the same pipeline as ``outage:notify``
(``notify.batch.run_batch``), and a summary says what happened to every row.
The layers come from the project's mapping (nothing but WORKS to type in
the console) or from the same parameters as ``outage:isolate``.
"""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProject,
)

from ..gis.batch_text import headings, status_text
from ..gis.features import LayerError
from ..gis.mapping import load_mapping, validate_mapping
from ..gis.model import ModelSources, NetworkModel
from ..gis.notify_services import operator_name
from ..gis.problem_text import problem_text, row_problem_text
from ..gis.progress import FeedbackProgress
from ..gis.public_area import public_area
from ..gis.work_site_area import affected_pipes
from ..notify.batch import (
    BatchSettings,
    run_batch,
    summary_csv,
    summary_rows,
    summary_table,
    write_work_reports,
)
from ..notify.planned_works import PlannedWorksError, read_planned_works
from .base import OutageAlgorithm, require
from .notify import NotifyAlgorithm, override_hint
from .parameter_checks import file_problem, folder_problem, region_problem
from .parameters import (
    add_customer_parameters,
    add_network_parameters,
    customer_index_from_parameters,
    network_from_parameters,
    notify_services_from_parameters,
)

#: Network parameters that are required only without the project's mapping.
MAPPED_BY_PROJECT = ("PIPES", "PIPE_ID_FIELD", "VALVES", "VALVE_ID_FIELD")
#: Parameters with the same meaning as in ``outage:notify``.
SENDING_PARAMETERS = (
    "PROFILE",
    "LANGUAGE",
    "SEND_EMAIL",
    "OVERRIDE_WINDOW",
    "ALLOW_PAST_START",
    "DATABASE",
)
DRY_RUN_FILE = "dry_run_sms.jsonl"


class BatchAlgorithm(OutageAlgorithm):
    NAME = "batch"
    DISPLAY_NAME = "Notify a list of planned works"
    GROUP = "Notify"
    HELP = (
        "Reads WORKS, a CSV of planned works (columns pipe_ids, kind, start, end and, "
        "optionally, reference and notes; ';' or ',' between columns; several pipe ids "
        "separated by commas, semicolons or '|' (spaces inside an id are then kept), or by "
        "spaces when the cell has none of those; quote a cell that holds the file's column "
        "separator; times in Rome time), builds the network model once, and "
        "for each work traces the valves to close and the affected customers, checks "
        "conflicts with the history and with the other works of the file, and sends the "
        "notice through the gateway PROFILE (DRY_RUN, the default, writes the SMS to a file "
        "in OUTPUT_FOLDER and records nothing). A conflicting work (overlapping in time and "
        "sharing pipes or customers) is flagged on both sides and still notified. Bad rows are "
        "named in the summary and skipped. Running the same file again sends nothing new. "
        "With USE_PROJECT_MAPPING (the default when the project has a valid layer mapping) "
        "only WORKS is needed; otherwise give the layers as for outage:isolate."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add = self.addParameter
        add(QgsProcessingParameterFile("WORKS", self.tr("Planned works (CSV)"), extension="csv"))
        add(
            QgsProcessingParameterBoolean(
                "USE_PROJECT_MAPPING", self.tr("Use the project's layer mapping"), True
            )
        )
        add_network_parameters(self)
        for name in MAPPED_BY_PROJECT:
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagOptional)
        add_customer_parameters(self)
        add(
            QgsProcessingParameterBoolean(
                "DRY_RUN", self.tr("Dry run (write a file, send and record nothing)"), True
            )
        )
        sending = NotifyAlgorithm()
        sending.initAlgorithm()
        for name in SENDING_PARAMETERS:  # the same definitions as outage:notify's
            add(sending.parameterDefinition(name).clone())
        add(
            QgsProcessingParameterFileDestination(
                "OUTPUT_SUMMARY",
                self.tr("Summary (CSV)"),
                self.tr("CSV files (*.csv)"),
                QgsProcessing.TEMPORARY_OUTPUT,
                optional=True,  # QGIS 3.22 refuses a missing destination unless optional
            )
        )
        add(
            QgsProcessingParameterFolderDestination(
                "OUTPUT_FOLDER",
                self.tr("Folder for one JSON report per work"),
                QgsProcessing.TEMPORARY_OUTPUT,
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputFile("DRY_RUN_FILE", self.tr("Dry-run SMS (JSONL)")))
        for name, label in (
            ("WORKS_READ", "Valid rows"),
            ("INVALID_ROWS", "Rows skipped as invalid"),
            ("NOTIFIED", "Works notified"),
            ("CONFLICTING", "Works with a conflict"),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def parameter_problems(self, parameters, context) -> list:
        return [
            file_problem(self, parameters, context, "WORKS", "csv"),
            file_problem(self, parameters, context, "DATABASE", "sqlite", must_exist=False),
            folder_problem(self, parameters, context, "OUTPUT_FOLDER"),
            region_problem(self, parameters, context),
        ]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        progress = FeedbackProgress(feedback)
        path = self.parameterAsFile(parameters, "WORKS", context)
        try:
            works, problems = read_planned_works(path)
        except PlannedWorksError as error:
            raise QgsProcessingException(problem_text(error)) from error
        for problem in problems:
            feedback.reportError(
                self.tr("Skipped: {problem}").format(problem=row_problem_text(problem))
            )
        if not works:
            feedback.pushWarning(
                self.tr("No valid row in '{path}': nothing to trace.").format(path=path)
            )
        model = self._model(parameters, context, progress.part(0, 30), feedback)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        os.makedirs(folder, exist_ok=True)
        dry_run = self.parameterAsBoolean(parameters, "DRY_RUN", context)
        dry_run_file = os.path.join(folder, DRY_RUN_FILE) if dry_run else ""
        if dry_run_file and os.path.exists(dry_run_file):
            os.remove(dry_run_file)  # the file shows this run only
        settings, services = self._services(parameters, context, dry_run_file, model.crs)
        try:
            outcomes = run_batch(
                works, model.network, model.index, services, settings, progress.part(30, 100)
            )
        finally:
            services.close()
        for outcome in outcomes:
            for conflict in outcome.conflicts:
                feedback.pushWarning(f"{outcome.work.label}: {problem_text(conflict)}")
            for warning in outcome.result.warnings if outcome.result is not None else ():
                feedback.pushWarning(f"{outcome.work.label}: {problem_text(warning)}")
        rows = summary_rows(outcomes, problems)
        shown = [dict(row, status=status_text(row["status_parts"])) for row in rows]
        by_row = {row["row"]: (row, said) for row, said in zip(rows, shown)}
        for outcome in outcomes:  # the parameter that lifts a refusal, named
            refused = outcome.result.refused if outcome.result is not None else ()
            hints = [hint for hint in map(override_hint, refused) if hint]
            for row in by_row[outcome.work.row] if hints else ():
                row["status"] += " " + " ".join(hints)
        feedback.pushInfo(summary_table(shown, headings=headings()))
        summary = self.parameterAsFileOutput(parameters, "OUTPUT_SUMMARY", context)
        with open(summary, "wb") as handle:
            handle.write(summary_csv(rows))
        write_work_reports(outcomes, folder)
        return {
            "OUTPUT_SUMMARY": summary,
            "OUTPUT_FOLDER": folder,
            "DRY_RUN_FILE": dry_run_file or None,
            "WORKS_READ": len(works),
            "INVALID_ROWS": len(problems),
            "NOTIFIED": sum(1 for o in outcomes if o.result is not None and o.result.ok),
            "CONFLICTING": sum(1 for o in outcomes if o.conflicts),
        }

    def _model(self, parameters, context, progress, feedback) -> NetworkModel:
        """The network model, built once: from the project's mapping or from the parameters."""
        if self._use_project_mapping(parameters, context):
            try:
                model = ModelSources.from_mapping(load_mapping(context.project())).build(progress)
            except LayerError as error:
                raise QgsProcessingException(str(error)) from error
            for note in model.notes:
                feedback.pushWarning(note)
            return model
        missing = [name for name in MAPPED_BY_PROJECT if not parameters.get(name)]
        require(
            not missing,
            self.tr(
                "Without the project's layer mapping, give {missing} (or open a project whose "
                "layers are mapped in the plugin settings and set USE_PROJECT_MAPPING)."
            ).format(missing=", ".join(missing)),
        )
        network, crs, _layers = network_from_parameters(
            self, parameters, context, progress.part(0, 80), feedback
        )
        index, _customer_layers = customer_index_from_parameters(
            self, parameters, context, network, crs, feedback
        )
        return NetworkModel(network=network, crs=crs, index=index)

    def _use_project_mapping(self, parameters, context) -> bool:
        """USE_PROJECT_MAPPING as given; when not given, whether the project's mapping is valid."""
        project = context.project() or QgsProject.instance()
        if parameters.get("USE_PROJECT_MAPPING") is None:
            return not validate_mapping(load_mapping(project))
        if not self.parameterAsBoolean(parameters, "USE_PROJECT_MAPPING", context):
            return False
        problems = validate_mapping(load_mapping(project))
        require(
            not problems,
            self.tr(
                "USE_PROJECT_MAPPING is set but the project's layer mapping cannot be used: "
                "{problems} Map the layers in the plugin settings, or set USE_PROJECT_MAPPING "
                "to false and give the layers (PIPES, VALVES, CUSTOMERS...)."
            ).format(problems=" ".join(problems)),
        )
        return True

    def _services(self, parameters, context, dry_run_file: str, crs):
        """The batch's shared settings and the pipeline's services (database, gateway, mail).

        Each work site's public area is generalised from its pipes in the model ``crs``.
        """
        services, options = notify_services_from_parameters(self, parameters, context, dry_run_file)
        send_email = self.parameterAsBoolean(parameters, "SEND_EMAIL", context)
        batch = BatchSettings(
            options=options,
            operator=operator_name(),
            dry_run=bool(dry_run_file),
            send_email=send_email,
            public_area=lambda site: public_area(affected_pipes(site), crs),
        )
        return batch, services
