"""The built-in providers, registered on import under their names."""

from ..provider import register_provider
from .file import FileProvider
from .generic import GenericHttpProvider
from .skebby import SkebbyProvider
from .twilio import TwilioProvider
from .twilio_voice import TwilioVoiceProvider

_PROVIDERS = (
    TwilioProvider,
    TwilioVoiceProvider,
    SkebbyProvider,
    GenericHttpProvider,
    FileProvider,
)
for _provider in _PROVIDERS:
    register_provider(_provider.name, _provider)
for _brand in ("aruba", "mobyt"):
    register_provider(_brand, SkebbyProvider)
