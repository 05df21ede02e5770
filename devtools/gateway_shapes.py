"""More providers' request shapes for the gateway emulator, as their public
documentation describes them, for the generic provider's tests:

* **Vonage** (legacy SMS API): ``POST /sms/json``, form ``api_key``,
  ``api_secret``, ``from``, ``to``, ``text``, ``type``, ``client-ref``;
  always HTTP 200, one entry per *part* of the SMS in ``messages``
  (``to`` without the ``+``, ``message-id``, ``status`` "0" for taken, "1"
  throttled, "3" invalid, "4" bad credentials, "9" out of credit); an error
  entry holds only ``status`` and ``error-text``;
* **ClickSend**: ``POST /v3/sms/send`` (Basic), JSON ``{messages: [{to,
  body, from, custom_string}]}`` → 200 ``{response_code, data: {messages:
  [{to, message_id, status, custom_string}]}}``, ``status`` "SUCCESS" or
  "INVALID_RECIPIENT" per number;
* **Infobip**: ``POST /sms/2/text/advanced`` (``Authorization: App
  <key>``), JSON ``{bulkId, messages: [{from, destinations: [{to,
  messageId}], text}]}`` with the client's own ``messageId`` → 200
  ``{bulkId, messages: [{to, messageId, status: {groupName, name}}]}``
  (``to`` without the ``+``; REJECTED for an invalid number);
  ``GET /sms/1/logs?messageId=`` → ``{results: [...]}``, an empty list
  when no such message was ever received.

Endpoints (faults, counts): vonage_send, clicksend_send, infobip_send, infobip_logs.
"""

from __future__ import annotations

import json
import math
import secrets
import uuid
from urllib.parse import parse_qs, urlsplit

VONAGE = "/sms/json"
CLICKSEND = "/v3/sms/send"
INFOBIP = "/sms/2/text/advanced"
INFOBIP_LOGS = "/sms/1/logs"
INFOBIP_FLOW = ("PENDING", "PENDING", "DELIVERED")


def _parts(text: str, unicode: bool) -> int:
    """How many parts a provider splits ``text`` into (GSM 160/153, UCS-2 70/67)."""
    single, part = (70, 67) if unicode else (160, 153)
    return 1 if len(text) <= single else math.ceil(len(text) / part)


class MarketShapes:
    """Handlers mixed into the emulator's request handler (``self.emulator``,
    ``self._answer``, ``self._basic`` and ``self._run`` come from it)."""

    # -- Vonage -----------------------------------------------------------
    def _vonage_send(self, body: bytes) -> None:
        fault = self.emulator.next_fault("vonage_send")
        query = f"{urlsplit(self.path).query}&{body.decode()}"
        form = {key: values[0] for key, values in parse_qs(query).items()}
        state = self.emulator.state

        def error(status: str, text: str) -> None:
            self._answer(
                200, {"message-count": "1", "messages": [{"status": status, "error-text": text}]}
            )

        if (form.get("api_key"), form.get("api_secret")) != self.emulator.credentials["skebby"]:
            return error("4", "Bad Credentials")
        if state.out_of_credit:
            return error("9", "Partner quota exceeded")
        to = "+" + form.get("to", "").lstrip("+")  # Vonage takes the number without its +
        if to in state.invalid:
            return error("3", "Invalid to address")
        text = form.get("text", "")

        def record(answer=True):
            parts = _parts(text, form.get("type") == "unicode")
            entry = {
                "to": to.lstrip("+"),
                "status": "0",
                "remaining-balance": "15.5",
                "message-price": "0.0333",
                "network": "22201",
                **({"client-ref": form["client-ref"]} if "client-ref" in form else {}),
            }
            with state.lock:
                state.accepted[to] += 1
            if answer:
                messages = [
                    {**entry, "message-id": secrets.token_hex(8).upper()} for _ in range(parts)
                ]
                self._answer(200, {"message-count": str(parts), "messages": messages})

        self._run(fault, record)

    # -- ClickSend --------------------------------------------------------
    def _clicksend_send(self, body: bytes) -> None:
        fault = self.emulator.next_fault("clicksend_send")
        if self._basic() != self.emulator.credentials["skebby"]:
            return self._answer(401, {"http_code": 401, "response_code": "UNAUTHORIZED"})
        try:
            wanted = [
                (str(m["to"]), str(m["body"]), str(m.get("custom_string", "")))
                for m in json.loads(body)["messages"]
            ]
        except (ValueError, KeyError, TypeError):
            return self._answer(400, {"http_code": 400, "response_code": "BAD_REQUEST"})
        state = self.emulator.state

        def record(answer=True):
            rows = []
            with state.lock:
                for to, text, custom in wanted:
                    row = {
                        "to": to,
                        "body": text,
                        "custom_string": custom,
                        "message_id": str(uuid.uuid4()).upper(),
                    }
                    if to in state.invalid:
                        row.update(status="INVALID_RECIPIENT", message_id=None)
                    else:
                        row["status"] = "SUCCESS"
                        state.accepted[to] += 1
                    rows.append(row)
            state.duplicate_ids(rows, "message_id")
            if answer:
                queued = sum(row["status"] == "SUCCESS" for row in rows)
                data = {"total_count": len(rows), "queued_count": queued, "messages": rows}
                self._answer(200, {"http_code": 200, "response_code": "SUCCESS", "data": data})

        self._run(fault, record)

    # -- Infobip ----------------------------------------------------------
    def _infobip_ok(self) -> bool:
        if self.headers.get("Authorization") != f"App {self.emulator.credentials['skebby'][1]}":
            self._answer(401, {"requestError": {"serviceException": {"messageId": "UNAUTHORIZED"}}})
            return False
        return True

    def _infobip_send(self, body: bytes) -> None:
        fault = self.emulator.next_fault("infobip_send")
        if not self._infobip_ok():
            return
        try:
            order = json.loads(body)
            wanted = [
                (str(d["to"]), str(d.get("messageId") or uuid.uuid4()), str(m["text"]))
                for m in order["messages"]
                for d in m["destinations"]
            ]
        except (ValueError, KeyError, TypeError):
            return self._answer(
                400, {"requestError": {"serviceException": {"messageId": "BAD_REQUEST"}}}
            )
        state = self.emulator.state

        def record(answer=True):
            rows = []
            with state.lock:
                for to, message_id, text in wanted:
                    number = to.lstrip("+")
                    if f"+{number}" in state.invalid:
                        status = {
                            "groupId": 5,
                            "groupName": "REJECTED",
                            "id": 51,
                            "name": "MISSING_TO",
                        }
                    else:
                        status = {
                            "groupId": 1,
                            "groupName": "PENDING",
                            "id": 26,
                            "name": "PENDING_ACCEPTED",
                        }
                        state.accepted[f"+{number}"] += 1
                        state.infobip[message_id] = {"to": number, "text": text, "lookups": 0}
                    rows.append({"to": number, "messageId": message_id, "status": status})
            state.duplicate_ids(rows, "messageId")
            if answer:
                self._answer(200, {"bulkId": order.get("bulkId", ""), "messages": rows})

        self._run(fault, record)

    def _infobip_logs(self) -> None:
        fault = self.emulator.next_fault("infobip_logs")
        if fault and fault.status:
            return self._fault_answer(fault)
        if not self._infobip_ok():
            return
        query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
        state = self.emulator.state
        with state.lock:
            found = state.infobip.get(query.get("messageId", ""))
            results = []
            if found is not None:
                found["lookups"] += 1
                step = min(found["lookups"] - 1, len(INFOBIP_FLOW) - 1)
                group = INFOBIP_FLOW[step]
                results.append(
                    {
                        "messageId": query["messageId"],
                        "to": found["to"],
                        "status": {"groupName": group, "name": f"{group}_X"},
                    }
                )
        self._answer(200, {"results": results})


def route_post(handler, path: str, body: bytes) -> bool:
    """Answer a POST to one of these shapes; False when the path is not theirs."""
    routes = {
        VONAGE: handler._vonage_send,
        CLICKSEND: handler._clicksend_send,
        INFOBIP: handler._infobip_send,
    }
    if path not in routes:
        return False
    routes[path](body)
    return True


def route_get(handler, path: str) -> bool:
    """Answer a GET to one of these shapes; False when the path is not theirs."""
    if path == VONAGE:
        handler._vonage_send(b"")
    elif path == INFOBIP_LOGS:
        handler._infobip_logs()
    else:
        return False
    return True
