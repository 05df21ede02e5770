"""Pieces of the gateway client that need no network: privacy helpers,
profiles and sender rules, the rate limiter on a fake clock, backoff, the
provider registry and the HTTP client's guarantees."""

import random

import pytest
from water_outage_notifier.common.phone_privacy import mask_phone, scrub_contacts
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.ratelimit import RateLimiter
from water_outage_notifier.sms_gateway.http import HttpClient, redact_url, retry_after_seconds
from water_outage_notifier.sms_gateway.privacy import redact_mapping
from water_outage_notifier.sms_gateway.profile import (
    Credentials,
    GatewayProfile,
    sender_problem_of,
)
from water_outage_notifier.sms_gateway.provider import (
    Capabilities,
    Outcome,
    Provider,
    SubmitResult,
    create_provider,
    provider_names,
    register_provider,
)


def test_mask_phone_keeps_country_prefix_and_last_four_digits():
    assert mask_phone("+393331234567") == "+39 333 ***4567"
    assert mask_phone("3331234567") == "333 ***4567"
    assert "1234567" not in mask_phone("+393331234567")
    assert mask_phone("") == "<no number>"


def test_an_email_address_is_masked_like_a_phone_never_whole():
    """The outbox holds addresses where it holds numbers (the email channel):
    the messages dialog and the logs show enough to tell them apart."""
    assert mask_phone("mario.rossi@example.it") == "m***i@example.it"
    assert mask_phone("mo@example.it") == "m***o@example.it"
    assert mask_phone("m@example.it") == "m***@example.it"
    refused = "550 5.1.1 <mario.rossi@example.it>: Recipient address rejected, +393331234567"
    scrubbed = scrub_contacts(refused)
    assert "mario.rossi@" not in scrubbed and "1234567" not in scrubbed
    assert "m***i@example.it" in scrubbed and "+39 333 ***4567" in scrubbed


def test_secret_headers_and_query_parameters_are_redacted():
    headers = {"Authorization": "Basic dXNlcjpwYXNz", "Session_key": "abc", "Accept": "json"}
    assert redact_mapping(headers) == {
        "Authorization": "***",
        "Session_key": "***",
        "Accept": "json",
    }
    assert "hunter2" not in redact_url("https://gw.example/send?api_secret=hunter2&to=1")


@pytest.mark.parametrize(
    "sender",
    ["ACQUEDOTTOIMOLA", "9Hera", "Hera-Acqua", "Hera Acqua", "INFO", "sms", "+0039"],
)
def test_bad_senders_are_refused_locally_with_a_reason(sender):
    problem = sender_problem_of(sender)
    assert problem and sender in problem


@pytest.mark.parametrize("sender", ["HeraAcqua", "Comune1", "+393331234567", "393331234567"])
def test_good_senders_pass(sender):
    assert sender_problem_of(sender) is None


def test_profile_round_trip_holds_no_secret():
    profile = GatewayProfile(
        "pilot", "skebby", "https://api.skebby.it", "HeraAcqua", authcfg="ab12cd3", rate=5
    )
    data = profile.to_dict()
    assert GatewayProfile.from_dict({**data, "added_later": 1}) == profile
    credentials = Credentials("utility", "s3cret-pass", "tok-123")
    assert "s3cret" not in repr(credentials) and "tok-123" not in repr(credentials)
    assert "s3cret" not in str(data)


def test_profile_problems_are_listed():
    bad = GatewayProfile("p", "twilio", "ftp://x", "INFO", rate=0, concurrency=0)
    assert len(bad.problems()) == 4


class FakeClock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def test_rate_limiter_never_exceeds_the_rate_on_a_fake_clock():
    clock = FakeClock()
    limiter = RateLimiter(rate=8, clock=clock, sleep=clock.sleep)
    starts = [limiter.acquire() for _ in range(55)]
    assert starts == sorted(starts)
    for begin in starts:
        assert len([t for t in starts if begin <= t < begin + 1.0]) <= 8
    assert clock.now >= (55 - 1) / 8  # it actually waited


def test_rate_limiter_spaces_batches_by_their_size():
    clock = FakeClock()
    limiter = RateLimiter(rate=100, clock=clock, sleep=clock.sleep)
    sends = [(limiter.acquire(size), size) for size in (250, 40, 250, 250, 10, 250)]
    sent = 0
    for start, size in sends:
        # everything sent before this batch fits in the time elapsed at the rate
        assert sent <= 100 * start
        sent += size


def test_backoff_honours_retry_after_then_grows_with_jitter_up_to_a_cap():
    policy = RetryPolicy(max_tries=6, base_delay=1.0, max_delay=4.0)
    rng = random.Random(7)
    assert policy.delay(1, retry_after=2.0) == 2.0
    delays = [policy.delay(tries, rng=rng) for tries in range(1, 6)]
    ceilings = [1, 2, 4, 4, 4]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings))
    assert len(set(delays)) == len(delays)  # jittered, not in step
    assert policy.delay(6) is None


def test_retry_after_accepts_seconds_and_http_dates():
    assert retry_after_seconds("2") == 2.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412475.0) == 5.0
    assert retry_after_seconds("soon") is None


def test_http_client_refuses_to_run_without_timeouts():
    with pytest.raises(ValueError, match="timeout"):
        HttpClient(timeout=(5.0, 0))
    client = HttpClient(timeout=(2.0, 7.0))
    assert client.timeout == (2.0, 7.0)


class EchoProvider(Provider):
    name = "echo"
    capabilities = Capabilities(max_batch=50)

    def submit(self, batch_ref, messages):
        return SubmitResult(Outcome.ACCEPTED)


def test_a_script_can_register_its_own_provider():
    register_provider("echo", EchoProvider)
    assert {"echo", "twilio", "skebby", "aruba", "mobyt", "generic", "file"} <= set(
        provider_names()
    )
    provider = create_provider(GatewayProfile("x", "echo", max_batch=20), Credentials())
    assert isinstance(provider, EchoProvider) and provider.capabilities.max_batch == 20
    with pytest.raises(ValueError, match="unknown SMS provider 'nope'"):
        create_provider(GatewayProfile("x", "nope"), Credentials())
