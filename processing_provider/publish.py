"""``outage:publish``: the public pages of interventions, their feeds, uploads and flyers.

The batch side of the history dock's *Publish* button: for each reference
(or every current intervention when none is given) the page, the map, the
indexes and the GeoJSON and CAP feeds are written to the settings' folder
and uploaded when an upload is set; with RETRY_UPLOAD only what a failed
upload left waiting is sent again. FLYERS_FOLDER also prints each
intervention's flyers, one PDF per street.

The map is drawn from the project's layers, so the algorithm runs in the
main thread.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..gis.flyer_pdf import FlyerError
from ..gis.notify_services import open_history
from ..gis.publish_services import outcome_text, publish_again, retry_upload, write_flyers
from ..gis.settings_store import PluginSettings
from ..publish.notice import CURRENT_STATES, NotPublic
from ..store.interventions import UnknownInterventionError
from .base import OutageAlgorithm, require
from .parameters import add_database_parameter, split_values


class PublishAlgorithm(OutageAlgorithm):
    NAME = "publish"
    DISPLAY_NAME = "Publish public pages"
    GROUP = "Notify"
    HELP = (
        "Publishes the public page of each intervention in REFERENCES (comma-separated; empty: "
        "every notified or in-progress intervention): its page in Italian and English with a "
        "map, the index per municipality, the GeoJSON of current areas and the CAP 1.2 feed, "
        "into the folder of the settings (Public pages tab), then uploads them when an upload "
        "is set. RETRY_UPLOAD only sends again what a failed upload left waiting. "
        "FLYERS_FOLDER also writes the flyers of each intervention, one PDF per street, for the "
        "customers no SMS reaches. No phone number, name or customer code is ever published."
    )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(
            QgsProcessingParameterString(
                "REFERENCES", self.tr("Interventions (empty: every current one)"), optional=True
            )
        )
        add_database_parameter(self)
        self.addParameter(
            QgsProcessingParameterBoolean(
                "RETRY_UPLOAD", self.tr("Only retry the uploads that failed"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                "FLYERS_FOLDER", self.tr("Flyers folder (PDF per street)"), optional=True
            )
        )
        self.addOutput(QgsProcessingOutputString("PAGES", self.tr("Published pages")))
        self.addOutput(QgsProcessingOutputString("FLYERS", self.tr("Flyer files")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        settings = PluginSettings.load()
        retry = self.parameterAsBool(parameters, "RETRY_UPLOAD", context)
        flyers_folder = self.parameterAsString(parameters, "FLYERS_FOLDER", context)
        flyers_wanted = bool(parameters.get("FLYERS_FOLDER"))
        require(
            bool(settings.publish.folder) or retry or flyers_wanted,
            self.tr(
                "No folder is set for the public pages: choose one in the plugin settings, "
                "Public pages tab."
            ),
        )
        path = self.parameterAsFile(parameters, "DATABASE", context)
        pages, flyers = [], []
        with open_history(settings, path) as services:
            store = services.store
            references = split_values(self.parameterAsString(parameters, "REFERENCES", context))
            if not references:
                marks = ",".join("?" * len(CURRENT_STATES))
                references = [
                    i.reference for i in store.select(f"i.state IN ({marks})", CURRENT_STATES)
                ]
            for step, reference in enumerate(references):
                if feedback.isCanceled():
                    break
                feedback.setProgress(100 * step / max(1, len(references)))
                try:
                    store.get(reference)
                except UnknownInterventionError:
                    raise QgsProcessingException(
                        self.tr("No intervention {reference} in the history.").format(
                            reference=reference
                        )
                    ) from None
                if settings.publish.folder:
                    outcome = (retry_upload if retry else publish_again)(settings, store, reference)
                    feedback.pushInfo(outcome_text(outcome))
                    if outcome.published and outcome.change != "retry":
                        pages.append(outcome.url or outcome.page_file)
                if flyers_wanted and not retry:
                    flyers += self._flyers(settings, store, reference, flyers_folder, feedback)
        return {"PAGES": "\n".join(pages), "FLYERS": "\n".join(flyers)}

    def _flyers(self, settings, store, reference, folder, feedback) -> list:
        try:
            written = write_flyers(settings, store, reference, folder)
        except NotPublic:
            feedback.reportError(
                self.tr("{reference}: no flyers before the notice has gone out.").format(
                    reference=reference
                )
            )
            return []
        except FlyerError as error:
            raise QgsProcessingException(
                self.tr("The flyer {path} could not be written.").format(path=error.path)
            ) from error
        feedback.pushInfo(
            self.tr("{reference}: {n} flyer file(s) in {folder}.").format(
                reference=reference, n=len(written), folder=folder
            )
        )
        return written
