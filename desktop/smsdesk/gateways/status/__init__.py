"""Live number status (空号检测) providers behind one driver interface: the simulator's status service (simsc) and
any HTTP JSON provider (URL template, authentication header, batch size, rate limit, field mapping)."""

from smsdesk.gateways.status.driver import (
    STATUSES,
    HttpJsonProvider,
    ProviderConfig,
    ProviderError,
    StatusProvider,
    provider_from,
)

__all__ = ["STATUSES", "HttpJsonProvider", "ProviderConfig", "ProviderError", "StatusProvider", "provider_from"]
