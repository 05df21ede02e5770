"""How long the message room takes: encoding analysis, template rendering
with the checks the preview runs, and composing the call-centre email.

None of these is on a hot path (one SMS text per intervention, the same
for every recipient), but the preview re-renders on every keystroke of the
time fields and a gateway may analyse each text again before sending, so
each should stay well under a millisecond.

    .venv/bin/python benchmarks/bench_messages.py
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import _pkg  # noqa: F401  registers water_outage_notifier
from water_outage_notifier.common.sms_encoding import analyse
from water_outage_notifier.customers.selection import AffectedCustomer, assemble
from water_outage_notifier.mail.compose import CallcentreReport, compose_callcentre_email
from water_outage_notifier.messages.context import MessageContext
from water_outage_notifier.messages.preview import preview_sms

NOW = datetime(2024, 12, 1, 10, 0)
START = datetime(2024, 12, 3, 8, 30)


def per_call(func, repeat: int) -> float:
    """Mean microseconds per call over ``repeat`` calls."""
    began = time.perf_counter()
    for _ in range(repeat):
        func()
    return (time.perf_counter() - began) / repeat * 1e6


def context() -> MessageContext:
    return MessageContext(
        kind="planned_interruption",
        lang="it",
        start=START,
        end=START + timedelta(hours=3),
        reference="INT-2024-017",
        utility_name="Acquedotto Santerno",
        callcentre_number="800 999 500",
        municipalities=("Imola",),
        streets=tuple(f"Via Numero {n}" for n in range(40)),
    )


def report(customers: int) -> CallcentreReport:
    affected = [
        AffectedCustomer(
            f"C{n}",
            n,
            "isolated",
            "domestic",
            n % 50 == 0,
            False,
            1,
            (f"+39333{n:07d}",) if n % 4 else (),
            None if n % 4 else "no_phone",
            f"Via Numero {n % 40}",
            str(n),
            "Imola",
            None,
        )
        for n in range(customers)
    ]
    return CallcentreReport(
        "INT-2024-017",
        "planned_interruption",
        START,
        START + timedelta(hours=3),
        ("Imola",),
        tuple(f"Via Numero {n}" for n in range(40)),
        ("V1", "V2"),
        "x" * 200,
        assemble(affected, ("isolated",)),
        "Acquedotto Santerno",
        b"\x89PNG\r\n\x1a\n" + bytes(5000),
    )


def main() -> None:
    gsm = "Acqua interrotta a Imola, Via Emilia {1} " * 10
    ucs = "È prevista un’interruzione “lunga” " * 10
    rows = [
        ("analyse, 410-char GSM-7 text", per_call(lambda: analyse(gsm), 2000)),
        ("analyse, 350-char UCS-2 text", per_call(lambda: analyse(ucs), 2000)),
        ("render + checks (preview_sms)", per_call(lambda: preview_sms(context(), NOW), 500)),
    ]
    for size in (300, 5000):
        big = report(size)
        rows.append(
            (
                f"compose email, {size} customers",
                per_call(lambda r=big: compose_callcentre_email(r, "a@b.it", ["c@d.it"]), 20),
            )
        )
    print(f"{'operation':<36} {'us/call':>10}")
    for name, micros in rows:
        print(f"{name:<36} {micros:>10.1f}")


if __name__ == "__main__":
    main()
