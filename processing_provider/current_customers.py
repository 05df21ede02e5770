"""The customers of a report, read again from the customers layer when the notice goes out.

``outage:notify`` trusts the report for who is affected and the customers
layer for how to reach them (``notify.report_input.selection_now``). The
layer is the CUSTOMERS parameter with its fields, as in ``outage:customers``,
or else the customers layer mapped in the project; without either, the
consent cannot be checked and nothing is sent.
"""

from __future__ import annotations

from qgis.core import QgsExpression, QgsProcessingException

from ..customers.index import CustomerIndex
from ..gis.customer_reader import read_contacts, read_customers
from ..gis.features import LayerError
from ..gis.mapping import load_mapping
from .parameters import (
    customer_layers_from_parameters,
    customer_settings_from_parameters,
    split_values,
)


def current_index(algorithm, parameters, context, customer_ids) -> CustomerIndex:
    """The customers ``customer_ids`` as the layer holds them now, with their rules.

    Raises a Processing error naming the parameters when no customers layer
    is given or mapped.
    """
    layers = customer_layers_from_parameters(algorithm, parameters, context)
    if layers is not None:
        settings = customer_settings_from_parameters(algorithm, parameters, context)
    else:
        mapping = load_mapping(context.project())
        layers = mapping.customer_layers()
        opt_out = split_values(algorithm.parameterAsString(parameters, "OPT_OUT", context))
        settings = mapping.customer_settings(opt_out)
    if layers is None:
        raise QgsProcessingException(
            algorithm.tr(
                "Before sending, the customers' numbers and consent are read again from the "
                "customers layer, not from the report: give CUSTOMERS with CUSTOMER_ID_FIELD, "
                "PHONE_FIELD and CONSENT_FIELD (as for outage:customers), or open the project "
                "whose layers are mapped in the plugin settings."
            )
        )
    wanted = ", ".join(QgsExpression.quotedValue(value) for value in dict.fromkeys(customer_ids))
    expression = (
        f"{QgsExpression.quotedColumnRef(layers.id_field)} IN ({wanted})" if wanted else "false"
    )
    try:
        customers = read_customers(layers, layers.customers.crs(), expression)
        return CustomerIndex.for_selection(customers, settings, contacts=read_contacts(layers))
    except (LayerError, ValueError) as error:  # a missing field; an unknown phone region
        raise QgsProcessingException(str(error)) from error
