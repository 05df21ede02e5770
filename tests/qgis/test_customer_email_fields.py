"""The customers' email address and chosen channel (issue 23) are read from
the mapped fields of the customers layer and the contacts table, as the
channel per customer needs them."""

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from water_outage_notifier.gis.customer_reader import (
    CustomerLayers,
    read_contacts,
    read_customers,
)


def layer(uri, rows, points=False):
    found = QgsVectorLayer(uri, "t", "memory")
    features = []
    for n, values in enumerate(rows):
        feature = QgsFeature(found.fields())
        feature.setAttributes(list(values))
        if points:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(n, n)))
        features.append(feature)
    found.dataProvider().addFeatures(features)
    return found


def test_email_and_chosen_channel_are_read_for_customers_and_contacts():
    customers = layer(
        "Point?crs=EPSG:3003&field=cid:string&field=tel:string&field=ok:string"
        "&field=posta:string&field=canale:string",
        [("C1", "0542 600001", "si", "rossi@example.it", "email"), ("C2", None, "si", None, None)],
        points=True,
    )
    contacts = layer(
        "None?field=cid:string&field=tel:string&field=ok:string&field=posta:string",
        [("C2", None, "si", "verdi@example.it")],
    )
    layers = CustomerLayers(
        customers,
        "cid",
        {"phone": "tel", "consent": "ok", "email": "posta", "channel": "canale"},
        contacts,
        {"customer": "cid", "phone": "tel", "consent": "ok", "email": "posta"},
    )
    table = read_customers(layers, customers.crs())
    details = table.details([0, 1])
    assert (details[0].email, details[0].channel, details[0].phone) == (
        "rossi@example.it",
        "email",
        "0542 600001",
    )
    assert details[1].email is None
    (contact,) = read_contacts(layers)
    assert (contact.customer_id, contact.email, contact.consent) == ("C2", "verdi@example.it", "si")
