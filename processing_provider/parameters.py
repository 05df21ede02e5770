"""Parameters shared by the ``outage`` algorithms, defined and read in one place.

The parameter names are the batch interface users and scripts rely on
(``PIPES``, ``PIPE_ID_FIELD``, ``TOLERANCE`` ...): they never change.
"""

from __future__ import annotations

from dataclasses import replace

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..common.labels import label
from ..customers.index import CustomerIndex
from ..customers.records import CONSENT_VALUES, MAX_SNAP_DISTANCE, CustomerSettings
from ..gis.customer_reader import CustomerLayers, read_contacts, read_customers, read_services
from ..gis.features import LayerError
from ..gis.i18n import tr, user_language
from ..gis.mapping import named_fields
from ..gis.model import customer_layer_notes
from ..gis.network_cache import read_network_cached
from ..gis.network_reader import NetworkLayers
from ..gis.notify_services import (
    NotifySetupError,
    gateway_profile,
    message_options,
    open_services,
)
from ..gis.progress import FeedbackProgress
from ..gis.settings_store import LANGUAGES, PluginSettings
from ..sms_gateway.profile import GatewayProfile
from ..trace.inputs import ISOLATING_TYPES, OUT_OF_SERVICE_VALUES, NetworkSettings

CUSTOMER_FIELD_PARAMETERS = {
    "pipe": "CUSTOMER_PIPE_FIELD",
    "phone": "PHONE_FIELD",
    "consent": "CONSENT_FIELD",
    "address": "ADDRESS_FIELD",
    "house_number": "HOUSE_NUMBER_FIELD",
    "municipality": "MUNICIPALITY_FIELD",
    "category": "CATEGORY_FIELD",
    "units": "UNITS_FIELD",
}
CONTACT_FIELD_PARAMETERS = {
    "customer": "CONTACT_CUSTOMER_FIELD",
    "phone": "CONTACT_PHONE_FIELD",
    "consent": "CONTACT_CONSENT_FIELD",
    "name": "CONTACT_NAME_FIELD",
    "role": "CONTACT_ROLE_FIELD",
}


def split_values(text: str) -> tuple:
    """``"a, b,,c"`` → ``("a", "b", "c")``: comma-separated lists typed by users."""
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def _advanced(parameter):
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter


def _field(
    name, description, parent, optional=True, field_type=QgsProcessingParameterField.DataType.Any
):
    return QgsProcessingParameterField(name, description, None, parent, field_type, False, optional)


def add_network_parameters(algorithm) -> None:
    """PIPES, valves, sources, state values and tolerance."""
    add = algorithm.addParameter
    tr = algorithm.tr
    add(
        QgsProcessingParameterVectorLayer(
            "PIPES", tr("Pipes"), [QgsProcessing.SourceType.TypeVectorLine]
        )
    )
    add(_field("PIPE_ID_FIELD", tr("Pipe id field"), "PIPES", optional=False))
    add(
        _field("PIPE_STATUS_FIELD", tr("Pipe status field (empty: every pipe in service)"), "PIPES")
    )
    add(
        _advanced(
            QgsProcessingParameterString(
                "OUT_OF_SERVICE_VALUES",
                tr("Pipe status values meaning out of service (pipes left out of the network)"),
                ",".join(OUT_OF_SERVICE_VALUES),
                False,
                True,
            )
        )
    )
    add(
        QgsProcessingParameterVectorLayer(
            "VALVES", tr("Valves"), [QgsProcessing.SourceType.TypeVectorPoint]
        )
    )
    add(_field("VALVE_ID_FIELD", tr("Valve id field"), "VALVES", optional=False))
    add(_field("VALVE_STATUS_FIELD", tr("Valve status field"), "VALVES"))
    add(_field("VALVE_TYPE_FIELD", tr("Valve type field (empty: every valve isolates)"), "VALVES"))
    add(
        _advanced(
            QgsProcessingParameterString(
                "ISOLATING_TYPES",
                tr("Valve types that shut a pipe (others are passed as open joints)"),
                ",".join(ISOLATING_TYPES),
                False,
                True,
            )
        )
    )
    add(
        QgsProcessingParameterString(
            "CLOSED_VALUES", tr("Status values meaning normally closed"), "closed"
        )
    )
    add(
        QgsProcessingParameterString(
            "INOPERABLE_VALUES", tr("Status values meaning inoperable"), "broken,inoperable"
        )
    )
    add(
        QgsProcessingParameterString(
            "CHECK_VALUES",
            tr("Status values meaning check (non-return) valve, passing water one way"),
            "",
            False,
            True,
        )
    )
    add(
        QgsProcessingParameterVectorLayer(
            "SOURCES",
            tr("Sources (tanks, wells, inlets: points or footprints)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            None,
            True,
        )
    )
    add(_advanced(_field("SOURCE_ID_FIELD", tr("Source id field"), "SOURCES")))
    add(
        QgsProcessingParameterNumber(
            "TOLERANCE",
            tr("Snapping tolerance (layer units)"),
            QgsProcessingParameterNumber.Type.Double,
            0.01,
            False,
            0.0,
        )
    )


def add_customer_parameters(algorithm, optional: bool = True) -> None:
    """Customers, contacts and their fields; all optional for ``outage:isolate``."""
    add = algorithm.addParameter
    tr = algorithm.tr
    add(
        QgsProcessingParameterVectorLayer(
            "CUSTOMERS",
            tr("Customers"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVector],
            None,
            optional,
        )
    )
    add(_field("CUSTOMER_ID_FIELD", tr("Customer id field"), "CUSTOMERS", optional=optional))
    add(
        _field(
            "CUSTOMER_PIPE_FIELD", tr("Customer's pipe id field (empty: nearest pipe)"), "CUSTOMERS"
        )
    )
    add(_field("PHONE_FIELD", tr("Mobile phone field"), "CUSTOMERS"))
    add(_field("CONSENT_FIELD", tr("Consent field"), "CUSTOMERS"))
    add(
        QgsProcessingParameterString(
            "CONSENT_VALUES", tr("Consent values"), ",".join(CONSENT_VALUES)
        )
    )
    for role in ("address", "house_number", "municipality", "category", "units"):
        add(
            _advanced(_field(CUSTOMER_FIELD_PARAMETERS[role], tr(_FIELD_LABELS[role]), "CUSTOMERS"))
        )
    add(
        _advanced(
            QgsProcessingParameterString(
                "SENSITIVE_VALUES", tr("Category values of sensitive customers"), "", False, True
            )
        )
    )
    add(
        _advanced(
            QgsProcessingParameterString(
                "SHARED_METER_VALUES", tr("Category values of shared meters"), "", False, True
            )
        )
    )
    add(
        _advanced(
            QgsProcessingParameterNumber(
                "MAX_SNAP_DISTANCE",
                tr("Maximum distance to the nearest pipe (layer units)"),
                QgsProcessingParameterNumber.Type.Double,
                MAX_SNAP_DISTANCE,
                False,
                0.0,
            )
        )
    )
    add(
        _advanced(
            QgsProcessingParameterVectorLayer(
                "CONTACTS", tr("Contacts table"), [QgsProcessing.SourceType.TypeVector], None, True
            )
        )
    )
    for role in ("customer", "phone", "consent", "name", "role"):
        add(
            _advanced(_field(CONTACT_FIELD_PARAMETERS[role], tr(_CONTACT_LABELS[role]), "CONTACTS"))
        )
    add(
        _advanced(
            QgsProcessingParameterString(
                "OPT_OUT", tr("Numbers that opted out (comma-separated)"), "", True, True
            )
        )
    )
    add(_advanced(QgsProcessingParameterString("PHONE_REGION", tr("Default phone region"), "IT")))
    add(
        _advanced(
            QgsProcessingParameterVectorLayer(
                "SERVICES",
                tr("Service connections (lines from the meter to the main)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                None,
                True,
            )
        )
    )
    add(
        _advanced(
            _field(
                "SERVICE_CUSTOMER_FIELD", tr("Service connections: customer id field"), "SERVICES"
            )
        )
    )
    add(_advanced(_field("SERVICE_ID_FIELD", tr("Service connections: id field"), "SERVICES")))


_FIELD_LABELS = {
    "address": "Address field",
    "house_number": "House number field",
    "municipality": "Municipality field",
    "category": "Category field",
    "units": "Units field (shared meters)",
}
_CONTACT_LABELS = {
    "customer": "Contacts: customer id field",
    "phone": "Contacts: mobile phone field",
    "consent": "Contacts: consent field",
    "name": "Contacts: name field",
    "role": "Contacts: role field",
}


def network_from_parameters(algorithm, parameters, context, progress: FeedbackProgress, feedback):
    """Read the network parameters and build the model: ``(network, crs, layers)``.

    The network comes from the model cache when the layers, fields and settings
    are those it was stored for (``gis/network_cache.py``): a batch builds it once,
    and the log says when it was loaded.
    """
    layers = NetworkLayers(
        pipes=algorithm.parameterAsVectorLayer(parameters, "PIPES", context),
        pipe_id_field=algorithm.parameterAsString(parameters, "PIPE_ID_FIELD", context),
        valves=algorithm.parameterAsVectorLayer(parameters, "VALVES", context),
        valve_id_field=algorithm.parameterAsString(parameters, "VALVE_ID_FIELD", context),
        valve_status_field=algorithm.parameterAsString(parameters, "VALVE_STATUS_FIELD", context),
        sources=algorithm.parameterAsVectorLayer(parameters, "SOURCES", context),
        source_id_field=algorithm.parameterAsString(parameters, "SOURCE_ID_FIELD", context),
        pipe_status_field=algorithm.parameterAsString(parameters, "PIPE_STATUS_FIELD", context),
        valve_type_field=algorithm.parameterAsString(parameters, "VALVE_TYPE_FIELD", context),
    )
    settings = NetworkSettings(
        tolerance=algorithm.parameterAsDouble(parameters, "TOLERANCE", context),
        closed_values=split_values(
            algorithm.parameterAsString(parameters, "CLOSED_VALUES", context)
        ),
        inoperable_values=split_values(
            algorithm.parameterAsString(parameters, "INOPERABLE_VALUES", context)
        ),
        check_values=split_values(algorithm.parameterAsString(parameters, "CHECK_VALUES", context)),
        out_of_service_values=split_values(
            algorithm.parameterAsString(parameters, "OUT_OF_SERVICE_VALUES", context)
        ),
        isolating_types=split_values(
            algorithm.parameterAsString(parameters, "ISOLATING_TYPES", context)
        ),
    )
    try:
        network, crs, notes, cached = read_network_cached(layers, settings, progress)
    except LayerError as error:
        raise QgsProcessingException(str(error)) from error
    if cached:
        feedback.pushInfo(
            tr(
                "Network loaded from the model cache: its layers, fields and settings are "
                "unchanged since it was built."
            )
        )
    for note in notes:
        feedback.pushWarning(note)
    return network, crs, layers


def customer_layers_from_parameters(algorithm, parameters, context):
    """The customer parameters as :class:`CustomerLayers`, or None without customers."""
    customers = algorithm.parameterAsVectorLayer(parameters, "CUSTOMERS", context)
    if customers is None:
        return None
    text = algorithm.parameterAsString
    return CustomerLayers(
        customers=customers,
        id_field=text(parameters, "CUSTOMER_ID_FIELD", context),
        fields={
            role: text(parameters, name, context)
            for role, name in CUSTOMER_FIELD_PARAMETERS.items()
        },
        contacts=algorithm.parameterAsVectorLayer(parameters, "CONTACTS", context),
        contact_fields={
            role: text(parameters, name, context) for role, name in CONTACT_FIELD_PARAMETERS.items()
        },
        services=algorithm.parameterAsVectorLayer(parameters, "SERVICES", context),
        service_fields={
            "customer": text(parameters, "SERVICE_CUSTOMER_FIELD", context),
            "id": text(parameters, "SERVICE_ID_FIELD", context),
        },
    )


def customer_settings_from_parameters(algorithm, parameters, context) -> CustomerSettings:
    """Consent, categories, snapping distance, opt-outs and phone region."""
    text = algorithm.parameterAsString
    return CustomerSettings(
        max_snap_distance=algorithm.parameterAsDouble(parameters, "MAX_SNAP_DISTANCE", context),
        consent_values=split_values(text(parameters, "CONSENT_VALUES", context)),
        sensitive_values=split_values(text(parameters, "SENSITIVE_VALUES", context)),
        shared_meter_values=split_values(text(parameters, "SHARED_METER_VALUES", context)),
        phone_region=text(parameters, "PHONE_REGION", context) or "IT",
        opt_out=split_values(text(parameters, "OPT_OUT", context)),
        field_names=named_fields(
            {"id": text(parameters, "CUSTOMER_ID_FIELD", context)}
            | {
                role: text(parameters, name, context)
                for role, name in CUSTOMER_FIELD_PARAMETERS.items()
            },
            text(parameters, "CONTACT_CUSTOMER_FIELD", context),
        ),
    )


def customer_index_from_parameters(algorithm, parameters, context, network, crs, feedback=None):
    """The customers of the CUSTOMERS parameters indexed on ``network``; None without customers."""
    layers = customer_layers_from_parameters(algorithm, parameters, context)
    if layers is None:
        return None, None
    if feedback is not None:
        for note in customer_layer_notes(layers, crs):
            feedback.pushWarning(note)
    try:
        index = CustomerIndex.build(
            read_customers(layers, crs),
            network,
            customer_settings_from_parameters(algorithm, parameters, context),
            contacts=read_contacts(layers),
            services=read_services(layers, crs),
        )
    except LayerError as error:
        raise QgsProcessingException(str(error)) from error
    return index, layers


def sending_profile(settings: PluginSettings, name: str, dry_run: bool) -> GatewayProfile:
    """The PROFILE named, or the one selected; a dry run needs none.

    A dry run writes the SMS to a file, so without a profile to name the
    sender it borrows nothing: the File gateway writes them.
    """
    if dry_run and not name and settings.profile(None) is None:
        return GatewayProfile(name=tr("dry run"), provider="file")
    return gateway_profile(settings, name)


def notify_services_from_parameters(algorithm, parameters, context, dry_run_file: str):
    """PROFILE, DATABASE, SEND_EMAIL, LANGUAGE, OVERRIDE_WINDOW and ALLOW_PAST_START as the
    pipeline's services and options.

    ``dry_run_file`` (empty: a real send) is where a dry run writes its SMS;
    a dry run needs no gateway profile. Returns ``(services, options)``; a
    setup problem stops the algorithm with its message.
    """
    settings = PluginSettings.load()
    name = algorithm.parameterAsString(parameters, "PROFILE", context).strip()
    try:
        profile = sending_profile(settings, name, dry_run=bool(dry_run_file))
        services = open_services(
            settings,
            profile,
            algorithm.parameterAsFile(parameters, "DATABASE", context),
            dry_run_file,
            with_email=algorithm.parameterAsBoolean(parameters, "SEND_EMAIL", context),
        )
        options = message_options(
            settings,
            language_from_parameters(algorithm, parameters, context),
            algorithm.parameterAsBoolean(parameters, "OVERRIDE_WINDOW", context),
            profile.sender or None,
        )
    except NotifySetupError as error:
        raise QgsProcessingException(str(error)) from error
    past = algorithm.parameterAsBoolean(parameters, "ALLOW_PAST_START", context)
    return services, replace(options, allow_past_start=past)


def add_override_window_parameter(algorithm) -> None:
    """OVERRIDE_WINDOW: send at once outside the send window, as the operator's
    decision (without it a notice waits for the window's next opening)."""
    algorithm.addParameter(
        QgsProcessingParameterBoolean(
            "OVERRIDE_WINDOW",
            algorithm.tr("Send outside the send window (operator's decision)"),
            False,
        )
    )


def add_database_parameter(algorithm) -> None:
    """DATABASE: the history database, the settings' one when empty."""
    algorithm.addParameter(
        QgsProcessingParameterFile(
            "DATABASE",
            algorithm.tr("History database (empty: the one in the settings)"),
            extension="sqlite",
            optional=True,
        )
    )


def add_sending_parameters(algorithm, profile: bool = True, language: bool = True) -> None:
    """PROFILE, LANGUAGE and DATABASE, asked alike by every algorithm that sends.

    ``outage:notify``, ``outage:dispatch``, ``outage:reminders`` and
    ``outage:reschedule`` name the gateway profile, the notice's language and
    the history database the same way; each algorithm asks the ones it uses.
    """
    if profile:
        algorithm.addParameter(
            QgsProcessingParameterString(
                "PROFILE",
                algorithm.tr("SMS gateway profile (empty: the selected one)"),
                "",
                False,
                True,
            )
        )
    if language:
        algorithm.addParameter(
            QgsProcessingParameterEnum(
                "LANGUAGE", algorithm.tr("Language"), enum_labels("language", LANGUAGES), False, 0
            )
        )
    add_database_parameter(algorithm)


def enum_labels(group: str, codes) -> list:
    """The options of an enum parameter: the operator's words for ``codes``
    (``common.labels`` group ``group``, in the interface's language), never the codes.
    The parameter's value stays the index, read back by position in ``codes``."""
    language = user_language()
    return [label(group, code, language) for code in codes]


def language_from_parameters(algorithm, parameters, context) -> str:
    """LANGUAGE as its code (``it``, ``en``)."""
    return LANGUAGES[algorithm.parameterAsEnum(parameters, "LANGUAGE", context)]


def gateway_services_from_parameters(
    algorithm, parameters, context, language=None, with_email: bool = False
):
    """PROFILE and DATABASE as services, and the message options.

    ``language`` (a code; ``None``: no options wanted) words the messages,
    signed by the profile's sender; ``with_email`` opens the mail server too
    (follow-ups email the addresses the notice reached). Returns
    ``(services, options)``; a setup problem stops the algorithm with its message.
    """
    settings = PluginSettings.load()
    name = algorithm.parameterAsString(parameters, "PROFILE", context).strip()
    try:
        profile = gateway_profile(settings, name)
        options = (
            None
            if language is None
            else message_options(settings, language, sender=profile.sender or None)
        )
        services = open_services(
            settings,
            profile,
            algorithm.parameterAsFile(parameters, "DATABASE", context),
            with_email=with_email,
        )
    except NotifySetupError as error:
        raise QgsProcessingException(str(error)) from error
    return services, options
