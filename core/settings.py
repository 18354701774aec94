"""The owner's settings, read from the store once, checked, with their defaults.

The store keeps each setting as JSON under a key (``Store.all_settings``); ``Settings.of``
turns them into typed values, a missing or malformed one taking its default, so a page, the
CLI and the services all see the same figures for the same database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from core.aging import DEFAULT_EDGES, bucket_labels
from core.agreements import DAYS_BEFORE_SETTING, DEFAULT_DAYS_BEFORE, PLACE_SETTING
from core.backup import DEFAULT_KEEP
from core.daily import CONTACT_HOURS_SETTING, ContactHours
from core.dates import DEFAULT_TERM_DAYS
from core.latefee import LateFeePolicy
from core.ledger import CustomerKey
from core.messages import SALUTATIONS_SETTING, titles_from_setting
from core.playbook import Rules

if TYPE_CHECKING:
    from core.store import Store

# The keys the settings are saved under.
BUSINESS: Final = "business"
AGING_EDGES: Final = "aging_edges"
DEFAULT_TERM: Final = "default_term"
PLAYBOOK: Final = "playbook"
LATE_FEE: Final = "late_fee"
BACKUP_KEEP: Final = "backup_keep"
LAN_MODE: Final = "lan_mode"
DEMO_DISMISSED: Final = "demo_dismissed"
SHOP_FIELDS: Final = ("name", "address", "phone")


def _edges(raw: object) -> tuple[int, ...]:
    try:
        edges = tuple(int(e) for e in raw)  # type: ignore[attr-defined]
        bucket_labels(edges)
    except (TypeError, ValueError):
        return DEFAULT_EDGES
    return edges


def _whole(raw: object, default: int, low: int = 0) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < low:
        return default
    return raw


def _shop(raw: object) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        return {}
    return {k: str(v).strip() for k, v in raw.items() if k in SHOP_FIELDS and v}


@dataclass(frozen=True, slots=True)
class Settings:
    """What the owner chose, each value checked (defaults where nothing valid was saved).

    ``shop`` holds the shop's ``name``, ``address`` and ``phone`` as saved (empty ones left
    out); ``titles`` the owner's form of address per customer.
    """

    aging_edges: tuple[int, ...] = DEFAULT_EDGES
    default_term: int = DEFAULT_TERM_DAYS
    playbook: Rules = field(default_factory=Rules)
    late_fee: LateFeePolicy = field(default_factory=LateFeePolicy)
    shop: Mapping[str, str] = field(default_factory=dict)
    titles: Mapping[CustomerKey, str] = field(default_factory=dict)
    agreement_place: str = ""
    agreement_days_before: int = DEFAULT_DAYS_BEFORE
    backup_keep: int = DEFAULT_KEEP
    lan_mode: bool = False
    demo_dismissed: bool = False
    contact_hours: ContactHours = field(default_factory=ContactHours)

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Settings:
        """From the stored JSON values by key (``Store.all_settings``)."""
        playbook = raw.get(PLAYBOOK)
        fee = raw.get(LATE_FEE)
        hours = raw.get(CONTACT_HOURS_SETTING)
        return cls(
            aging_edges=_edges(raw.get(AGING_EDGES, DEFAULT_EDGES)),
            default_term=_whole(raw.get(DEFAULT_TERM), DEFAULT_TERM_DAYS),
            playbook=Rules.from_setting(playbook if isinstance(playbook, Mapping) else None),
            late_fee=LateFeePolicy.from_setting(fee if isinstance(fee, Mapping) else None),
            shop=_shop(raw.get(BUSINESS)),
            titles=titles_from_setting(raw.get(SALUTATIONS_SETTING, {})),
            agreement_place=str(raw.get(PLACE_SETTING) or "").strip(),
            # 0 is a real choice ("on the day"); only something unreadable takes the default.
            agreement_days_before=_whole(raw.get(DAYS_BEFORE_SETTING), DEFAULT_DAYS_BEFORE),
            backup_keep=_whole(raw.get(BACKUP_KEEP), DEFAULT_KEEP, low=1),
            lan_mode=raw.get(LAN_MODE) is True,
            demo_dismissed=raw.get(DEMO_DISMISSED) is True,
            contact_hours=ContactHours.from_setting(hours if isinstance(hours, Mapping) else None),
        )

    @classmethod
    def of(cls, store: Store) -> Settings:
        """The settings saved in ``store``, read in one go."""
        return cls.parse(store.all_settings())
