"""``outage:customers``: the recipients of an announcement, chosen by attribute.

Not every notice follows a trace: a pressure test in one town, a notice to
one street, a reminder to the selected customers. The customers are picked
by a filter expression, the selection or a municipality, and get the same
phone, consent and opt-out rules, the same sensitive-first order and the
same report as ``outage:isolate`` (role ``selected``), so ``outage:notify``
reads either report. No network is read.
"""

from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterString,
)

from ..customers.index import CustomerIndex
from ..gis.customer_reader import read_contacts, read_customers
from ..gis.features import LayerError
from .base import OutageAlgorithm, require
from .feedback import push_data_warnings
from .outputs import add_customer_output, add_report_output, write_customers, write_report
from .parameter_checks import field_problem, layer_problem, region_problem
from .parameters import (
    add_customer_parameters,
    customer_layers_from_parameters,
    customer_settings_from_parameters,
)


class CustomersAlgorithm(OutageAlgorithm):
    NAME = "customers"
    DISPLAY_NAME = "Customers for an announcement"
    GROUP = "Notify"
    HELP = (
        "Builds the SMS recipient list for any set of customers, without a network: those "
        "matching EXPRESSION, only the selected ones (SELECTED_ONLY), and/or those of one "
        "MUNICIPALITY (needs the municipality field). The conditions add up. Writes the "
        "customers layer and the same JSON report as outage:isolate (role 'selected'), ready "
        "for outage:notify."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add_customer_parameters(self, optional=False)
        self.addParameter(
            QgsProcessingParameterExpression(
                "EXPRESSION", self.tr("Filter expression"), None, "CUSTOMERS", True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "SELECTED_ONLY", self.tr("Selected customers only"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterString("MUNICIPALITY", self.tr("Municipality"), "", False, True)
        )
        add_customer_output(self)
        add_report_output(self)

    def parameter_problems(self, parameters, context) -> list:
        return [
            layer_problem(self, parameters, context, "CUSTOMERS", self.tr("the customers layer"))
            or field_problem(self, parameters, context, "CUSTOMER_ID_FIELD", "CUSTOMERS"),
            region_problem(self, parameters, context),
        ]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        layers = customer_layers_from_parameters(self, parameters, context)
        require(layers is not None, self.tr("Choose the customers layer."))
        expression = self._expression(parameters, context, layers)
        feature_ids = None
        if self.parameterAsBoolean(parameters, "SELECTED_ONLY", context):
            feature_ids = layers.customers.selectedFeatureIds()
            require(
                bool(feature_ids),
                self.tr(
                    "SELECTED_ONLY is set but no feature is selected in layer '{layer}'."
                ).format(layer=layers.customers.name()),
            )
        crs = layers.customers.crs()
        try:
            customers = read_customers(layers, crs, expression, feature_ids)
            index = CustomerIndex.for_selection(
                customers,
                customer_settings_from_parameters(self, parameters, context),
                contacts=read_contacts(layers),
            )
        except LayerError as error:
            raise QgsProcessingException(str(error)) from error
        push_data_warnings(feedback, index.warnings)
        if not customers:
            feedback.pushWarning(
                self.tr("No customer of layer '{layer}' matches the conditions.").format(
                    layer=layers.customers.name()
                )
            )
        selection = index.select_ids(dict.fromkeys(c.customer_id for c in customers))
        report = selection.to_report()
        report["filter"] = {"expression": expression, "selected_only": feature_ids is not None}
        report["warnings"] = [w.to_dict() for w in index.warnings]
        id_field = layers.customers.fields().field(layers.id_field)
        counts = report["counts"]
        feedback.pushInfo(
            self.tr(
                "{customers} customers, {recipients} SMS recipients, {unreachable} "
                "cannot be reached."
            ).format(
                customers=counts["customers"],
                recipients=counts["recipients"],
                unreachable=counts["customers"] - counts["reachable"],
            )
        )
        return {
            "OUTPUT_CUSTOMERS": write_customers(
                self, parameters, context, selection, id_field, crs
            ),
            "OUTPUT_REPORT": write_report(self, parameters, context, report, crs),
        }

    def _expression(self, parameters, context, layers) -> str:
        """EXPRESSION and the MUNICIPALITY condition joined with AND, checked."""
        parts = []
        text = self.parameterAsExpression(parameters, "EXPRESSION", context).strip()
        if text:
            expression = QgsExpression(text)
            require(
                not expression.hasParserError(),
                self.tr("The filter expression on layer '{layer}' is invalid: {error}").format(
                    layer=layers.customers.name(), error=expression.parserErrorString()
                ),
            )
            parts.append(f"({text})")
        town = self.parameterAsString(parameters, "MUNICIPALITY", context).strip()
        if town:
            field_name = layers.fields.get("municipality", "")
            require(
                bool(field_name),
                self.tr(
                    "MUNICIPALITY '{town}' needs the municipality field of layer '{layer}' "
                    "(MUNICIPALITY_FIELD)."
                ).format(town=town, layer=layers.customers.name()),
            )
            column = QgsExpression.quotedColumnRef(field_name)
            parts.append(f"lower(trim({column})) = lower({QgsExpression.quotedString(town)})")
        return " AND ".join(parts)
