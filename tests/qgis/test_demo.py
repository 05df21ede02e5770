"""`make demo`'s own pipeline on the sample town, against the emulator and a local SMTP server."""

from __future__ import annotations

import csv
import email
import io
import json
from datetime import datetime
from email import policy

from water_outage_notifier.devtools.demo import PIPE, run_demo
from water_outage_notifier.messages.dates import rome


def test_demo_warns_the_hamlet_once_and_refuses_the_second_send(tmp_path):
    lines = []
    first = run_demo(output=tmp_path, say=lines.append)
    report = first.report
    assert report["work_site"]["pipe_ids"] == [PIPE]
    assert report["counts"]["unsupplied_pipes"] > 0, "the demo pipe leaves an area dry"
    recipients = len(report["recipients"])
    assert recipients > 0
    assert first.result.refused == ()
    assert first.result.queued == recipients
    assert first.emulator_accepted == recipients, "each number accepted exactly once"
    assert first.emails_received == 1
    assert first.files["map"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = list(
        csv.reader(
            io.StringIO(first.files["customers_csv"].read_text(encoding="utf-8-sig")), delimiter=";"
        )
    )
    assert len(rows) - 1 == report["counts"]["customers"]
    saved = json.loads(first.files["report"].read_text(encoding="utf-8"))
    assert saved["valves"]["to_close"] == report["valves"]["to_close"]
    received = sorted((tmp_path / "mail").glob("*.eml"))
    assert len(received) == 1
    message = email.message_from_bytes(received[0].read_bytes(), policy=policy.default)
    assert message["X-Outage-Intervention"] == first.result.reference
    kinds = {part.get_content_type() for part in message.walk()}
    assert {"text/plain", "text/html", "image/png"} <= kinds
    assert any(line.startswith("4. The SMS") for line in lines)

    second = run_demo(output=tmp_path, say=lines.append)
    assert second.result.reference == first.result.reference
    assert second.result.queued == 0
    assert second.result.already_sent == recipients
    assert second.emulator_accepted == 0, "nothing reached the gateway the second time"
    assert second.emails_received == 0
    assert first.files["pilot_report"].exists()


def test_the_printout_is_english_and_says_not_sent_again_only_after_a_first_send(tmp_path):
    """The story is told in English even when a warning comes from the Italian SMS's checks
    (here: sent at night, allowed by the override), and the first run sent everything."""
    night = datetime(2026, 3, 2, 22, 30, tzinfo=rome())
    first, second = [], []
    run_demo(output=tmp_path, say=first.append, now=night)
    sent_line = next(line for line in first if line.startswith("5. "))
    assert "not sent again" not in sent_line
    assert "0 already sent" not in sent_line
    warnings = [line for line in first if line.strip().startswith("!")]
    assert warnings, "the night send leaves the override's warning"
    assert all("Sending at 22:30" in line for line in warnings), warnings
    assert not any("Invio" in line or "fascia" in line for line in first)

    run_demo(output=tmp_path, say=second.append, now=night)
    sent_line = next(line for line in second if line.startswith("5. "))
    assert "already sent before (not sent again)" in sent_line
