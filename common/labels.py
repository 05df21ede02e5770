"""Words for the codes people read, in Italian and English: one catalogue.

The core keeps stable English codes (``planned_interruption``, ``no_consent``,
``in_progress``, ``ACCEPTED``: :mod:`.vocabulary`) in its data, its CSV files
for machines and its JSON reports. Where something is made for people (the
``.xlsx`` customer list, the pilot report, the call-centre email and its
map, the dialogs) each code is shown as a word from this catalogue. It is
plain data at the bottom of the house, so the pure core uses it without
Qt and the QGIS side may use it too, wherever a code reaches a person.

Each group maps a code to ``{"it": ..., "en": ...}``. A unit test checks
that every code of the vocabulary has both words, and that no group lacks a
language. Add the words here when you add a code to the vocabulary.
"""

from __future__ import annotations

from . import vocabulary as v

LANGUAGES = ("it", "en")

#: Kinds of message (``vocabulary.MESSAGE_KINDS``).
KIND = {
    v.PLANNED_INTERRUPTION: {"it": "Interruzione programmata", "en": "Planned interruption"},
    v.PRESSURE_DROP: {"it": "Calo di pressione", "en": "Pressure drop"},
    v.EMERGENCY: {
        "it": "Rottura accidentale (Pronto Intervento)",
        "en": "Accidental break (emergency service)",
    },
    v.WATER_BACK: {"it": "Ripristino del servizio", "en": "Water back"},
    v.SERVICE_ANNOUNCEMENT: {"it": "Comunicazione di servizio", "en": "Service announcement"},
    v.CANCELLATION: {"it": "Intervento annullato", "en": "Cancelled intervention"},
    v.REMINDER: {"it": "Promemoria", "en": "Reminder"},
    v.POSTPONEMENT: {"it": "Lavori rinviati", "en": "Work postponed"},
    v.EXTENSION: {"it": "Lavori prolungati", "en": "Work extended"},
}

#: Why a customer gets no SMS (``vocabulary.UNREACHABLE_REASONS``), and the pilot
#: report's customers whose every notice SMS failed (``store.report_figures``).
REASON = {
    v.OPTED_OUT: {"it": "Ha chiesto di non ricevere SMS", "en": "Asked not to get SMS"},
    v.NO_CONSENT: {"it": "Senza consenso", "en": "No consent"},
    v.LANDLINE: {"it": "Numero fisso", "en": "Landline"},
    v.INVALID_PHONE: {"it": "Numero non valido", "en": "Invalid number"},
    v.NO_PHONE: {"it": "Nessun numero", "en": "No number"},
    "sms_failed": {"it": "SMS non consegnato", "en": "SMS failed"},
}

#: How a customer is affected (``customers.selection`` roles).
ROLE = {
    "isolated": {"it": "Nel tratto chiuso", "en": "In the closed section"},
    "unsupplied": {"it": "Senza alimentazione", "en": "Without supply"},
    "selected": {"it": "Selezionata", "en": "Selected"},
}

#: Life cycle of an intervention (``vocabulary.INTERVENTION_STATES``).
STATE = {
    v.PLANNED: {"it": "Programmato", "en": "Planned"},
    v.NOTIFIED: {"it": "Notificato", "en": "Notified"},
    v.IN_PROGRESS: {"it": "In corso", "en": "In progress"},
    v.FINISHED: {"it": "Concluso", "en": "Finished"},
    v.CANCELLED: {"it": "Annullato", "en": "Cancelled"},
}

#: An SMS in the outbox (``vocabulary.OUTBOX_STATES``).
SMS_STATE = {
    v.PENDING: {"it": "In coda", "en": "Queued"},
    v.SUBMITTING: {"it": "In invio", "en": "Being sent"},
    v.ACCEPTED: {"it": "Accettato dal fornitore", "en": "Accepted by the provider"},
    v.FAILED: {"it": "Non inviato", "en": "Failed"},
    v.UNCERTAIN: {"it": "Da verificare", "en": "To check"},
    v.DELIVERED: {"it": "Consegnato", "en": "Delivered"},
    v.UNDELIVERED: {"it": "Non consegnato", "en": "Undelivered"},
}

#: The call-centre copy (``vocabulary.EMAIL_STATUSES``).
EMAIL_STATUS = {
    v.EMAIL_SENT: {"it": "Inviata", "en": "Sent"},
    v.EMAIL_FAILED: {"it": "Non riuscita", "en": "Failed"},
    v.EMAIL_SKIPPED: {"it": "Non inviata", "en": "Not sent"},
}

#: The languages of messages and documents, each by its own name (a person picks theirs).
LANGUAGE = {
    "it": {"it": "Italiano", "en": "Italiano"},
    "en": {"it": "English", "en": "English"},
}

#: Yes and no, for flags (sensitive, shared meter, reachable).
ANSWER = {
    True: {"it": "Sì", "en": "Yes"},
    False: {"it": "No", "en": "No"},
}

#: Column headings of the tables for people (customer list, flyer round).
COLUMN = {
    "customer_id": {"it": "Codice utenza", "en": "Customer"},
    "role": {"it": "Coinvolgimento", "en": "Affected as"},
    "category": {"it": "Categoria", "en": "Category"},
    "sensitive": {"it": "Utenza sensibile", "en": "Sensitive"},
    "shared_meter": {"it": "Contatore condominiale", "en": "Shared meter"},
    "units": {"it": "Unità", "en": "Units"},
    "phones": {"it": "Cellulari", "en": "Mobile numbers"},
    "reachable": {"it": "Raggiungibile via SMS", "en": "Reachable by SMS"},
    "reason": {"it": "Motivo se non raggiungibile", "en": "Why not reachable"},
    "municipality": {"it": "Comune", "en": "Municipality"},
    "address": {"it": "Indirizzo", "en": "Address"},
    "house_number": {"it": "Civico", "en": "House number"},
    "street": {"it": "Via", "en": "Street"},
    "customers": {"it": "Utenze", "en": "Customers"},
}

#: Column headings of the pilot report (``store.report_figures``); a kind or a
#: reason column reads "<heading>: <kind or reason>".
REPORT_COLUMN = {
    "municipality": {"it": "Comune", "en": "Municipality"},
    "reference": {"it": "Riferimento", "en": "Reference"},
    "kind": {"it": "Tipo", "en": "Kind"},
    "state": {"it": "Stato", "en": "State"},
    "planned_start": {"it": "Inizio previsto", "en": "Planned start"},
    "planned_end": {"it": "Fine prevista", "en": "Planned end"},
    "started_at": {"it": "Inizio effettivo", "en": "Actual start"},
    "finished_at": {"it": "Fine effettiva", "en": "Actual end"},
    "municipalities": {"it": "Comuni", "en": "Municipalities"},
    "interventions": {"it": "Interventi", "en": "Interventions"},
    "cancelled": {"it": "Annullati", "en": "Cancelled"},
    "customers_affected": {"it": "Utenze coinvolte", "en": "Customers affected"},
    "customers_warned": {"it": "Utenze avvisate", "en": "Customers warned"},
    "warned_sms": {"it": "Avvisate via SMS", "en": "Warned by SMS"},
    "warned_call": {"it": "Avvisate con chiamata", "en": "Warned by call"},
    "warned_email": {"it": "Avvisate via email", "en": "Warned by email"},
    "unreachable": {"it": "Non raggiungibili", "en": "Not reachable"},
    "sms_accepted": {"it": "SMS accettati", "en": "SMS accepted"},
    "sms_delivered": {"it": "SMS consegnati", "en": "SMS delivered"},
    "sms_failed": {"it": "SMS non riusciti", "en": "SMS failed"},
    "sms_segments": {"it": "Segmenti SMS", "en": "SMS segments"},
    "average_notice_hours": {"it": "Preavviso medio (ore)", "en": "Average notice (hours)"},
    "notice_48h_share": {
        "it": "Avvisati con almeno 48 ore (%)",
        "en": "Notified 48 hours or more ahead (%)",
    },
    "emails_sent": {"it": "Email al call center", "en": "Emails to the call-centre"},
    "calls_placed": {"it": "Chiamate effettuate", "en": "Calls placed"},
    "calls_answered": {"it": "Chiamate con risposta", "en": "Calls answered"},
    "calls_failed": {"it": "Chiamate non riuscite", "en": "Calls failed"},
    "customer_emails_sent": {"it": "Email alle utenze", "en": "Emails to customers"},
}

#: The pilot report page's own words (``templates/report/pilot_report.html.j2``).
REPORT_TEXT = {
    "title": {
        "it": "Rapporto sulla sperimentazione degli SMS",
        "en": "Water outage SMS pilot report",
    },
    "total": {"it": "TOTALE", "en": "TOTAL"},
    "no_municipality": {"it": "(non indicato)", "en": "(unspecified)"},
    "period": {
        "it": "Interventi con inizio previsto dal {start} al {end} (ora italiana, fine esclusa). "
        "Generato il {generated}.",
        "en": "Interventions planned to start from {start} to {end} (Europe/Rome, end excluded). "
        "Generated {generated}.",
    },
    "summary": {"it": "Riepilogo per comune", "en": "Summary"},
    "charts": {"it": "Grafici", "en": "Charts"},
    "interventions": {"it": "Interventi", "en": "Interventions"},
    "no_interventions": {
        "it": "Nessun intervento previsto in questo periodo.",
        "en": "No intervention was planned in this period.",
    },
    "definitions": {"it": "Definizioni", "en": "Definitions"},
    "definition_counted": {
        "it": "Un intervento è contato se il suo inizio previsto cade nel periodo; un intervento "
        "su più comuni conta una volta nella riga di ciascuno e una volta nel totale.",
        "en": "Interventions are counted when their planned start falls in the period; an "
        "intervention in several municipalities counts once in each of their rows and once "
        "in the total.",
    },
    "definition_affected": {
        "it": "Le utenze coinvolte escludono gli interventi annullati; un'utenza coinvolta da "
        "due interventi conta due volte.",
        "en": "Customers affected exclude cancelled interventions; a customer affected by two "
        "interventions counts twice.",
    },
    "definition_warned": {
        "it": "Avvisata: l'utenza ha ricevuto il primo avviso, per canale: un SMS o un'email "
        "accettati dal gestore o consegnati, o una chiamata con risposta; nel totale conta una "
        "volta. Non raggiungibili: utenze che nessun canale ha avvisato, per motivo (senza "
        "cellulare, numero fisso non chiamato o senza risposta...), e utenze i cui SMS di "
        "avviso sono tutti falliti (SMS non consegnato).",
        "en": "Warned: the customer had the first notice, per channel: an SMS or an email "
        "accepted by the provider or delivered, or a call answered; once in the total. Not "
        "reachable: customers no channel warned, by reason (no mobile, a fixed line not called "
        "or not answering...), and customers whose every notice SMS failed (SMS failed).",
    },
    "definition_sms": {
        "it": "SMS accettati: presi in carico dal gestore (accettati, consegnati o non "
        "consegnati); non riusciti: rifiutati o non consegnati. I segmenti contano gli SMS "
        "accettati, compresi i messaggi successivi (ripristino, annullamento).",
        "en": "SMS accepted: taken by the provider (accepted, delivered or undelivered); "
        "failed: refused or undelivered. Segments count the accepted SMS, follow-up "
        "messages included.",
    },
    "definition_channels": {
        "it": "Chiamate e email alle utenze, contate a parte, compresi i messaggi successivi: "
        "chiamate effettuate (prese in carico dal gestore), con risposta, non riuscite "
        "(rifiutate, o senza risposta dopo i richiami); email accettate dal server di posta.",
        "en": "Calls and emails to customers, counted apart, follow-up messages included: "
        "calls placed (taken by the provider), answered, failed (refused, or not answered "
        "after the redials); emails the mail server took.",
    },
    "definition_notice": {
        "it": "Preavviso: ore dal primo avviso all'inizio previsto, in media sugli interventi "
        "avvisati.",
        "en": "Notice: hours from the first notice to the planned start, averaged over the "
        "notified interventions.",
    },
    "chart_kinds": {"it": "Interventi per tipo", "en": "Interventions by kind"},
    "chart_customers": {
        "it": "Utenze coinvolte e avvisate, per comune",
        "en": "Customers affected and warned, per municipality",
    },
    "chart_sms": {"it": "SMS e chiamate per esito", "en": "SMS and calls by outcome"},
    "chart_unreachable": {
        "it": "Utenze non raggiungibili, per motivo",
        "en": "Customers not reachable, by reason",
    },
    "series_interventions": {"it": "interventi", "en": "interventions"},
    "series_affected": {"it": "coinvolte", "en": "affected"},
    "series_warned": {"it": "avvisate", "en": "warned"},
    "series_customers": {"it": "utenze", "en": "customers"},
    "series_calls": {"it": "chiamate", "en": "calls"},
    "outcome_accepted": {"it": "accettati", "en": "accepted"},
    "outcome_delivered": {"it": "consegnati", "en": "delivered"},
    "outcome_failed": {"it": "non riusciti", "en": "failed"},
    "no_data": {"it": "nessun dato", "en": "no data"},
}

#: Names of the sheets and attachments for people.
SHEET = {
    "customers": {"it": "Utenze", "en": "Customers"},
    "flyers": {"it": "Volantini", "en": "Flyers"},
}

GROUPS = {
    "kind": KIND,
    "reason": REASON,
    "role": ROLE,
    "state": STATE,
    "sms_state": SMS_STATE,
    "email_status": EMAIL_STATUS,
    "language": LANGUAGE,
    "answer": ANSWER,
    "column": COLUMN,
    "sheet": SHEET,
    "report_column": REPORT_COLUMN,
    "report_text": REPORT_TEXT,
}


def label(group: str, code: object, lang: str = "it") -> str:
    """The word for ``code`` of ``group`` in ``lang`` (English for other languages).

    A code the catalogue does not know comes back as it is (never an
    exception: a new code in the data must not stop an export), and the
    unit test makes sure none is missing for the codes the rooms define.
    """
    words = GROUPS[group].get(code)
    if words is None:
        return "" if code is None else str(code)
    return words.get(lang) or words["en"]


def kind_label(kind: str, lang: str) -> str:
    """The name of a message kind in ``lang`` (English for another language)."""
    return label("kind", kind, lang)
