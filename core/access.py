"""Who may see which customers and do what: the one place that decides, for every page.

A ``Viewer`` is the owner, or a staff member known by their account's username (unique in the
store; display names are not and never decide anything). The owner sees every customer and may
do everything. A staff member sees only the customers assigned to their username: their
invoices, payments, agreements, offers and recorded events. They may work those customers
(log a contact, record a payment, make, print or cancel an agreement, download a statement,
void a record that was wrong),
but only the owner reassigns customers, changes settings, overrides a credit decision, makes
discount offers or gives a settlement discount in an agreement, imports files, takes backups and
manages accounts. A staff member with no
customer assigned sees an empty book, never everyone's.

Pages ask ``may``/``can_see`` and show what the filters return; the writes that matter check
again with ``require`` in core, so a hidden button is never the only guard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypeVar, get_args

from core.i18n import CodeKeys, Lang, t
from core.ledger import CustomerKey, Ledger

if TYPE_CHECKING:
    from core.store import Store

Role = Literal["owner", "staff"]
ROLES: Final[tuple[Role, ...]] = get_args(Role)
ROLE_KEYS: Final = CodeKeys[Role](
    Role,
    {
        "owner": "lan.role.owner",
        "staff": "lan.role.staff",
    },
)

# What a viewer may do. The first kind is work on one customer; the second is the owner's.
CustomerAction = Literal[
    "log_contact",
    "record_payment",
    "make_agreement",
    "cancel_agreement",
    "statement",
    "void_event",
]
# "edit_settings" covers the Settings page: accounts and LAN mode too; "backup" is taking or
# restoring everything at once; "see_all" is listing every customer's records in one place;
# "agreement_discount" is an agreement's settlement discount (its "Potongan pelunasan"): staff
# make agreements, but a discount is debt written off, the owner's as an offer is.
OwnerAction = Literal[
    "reassign",
    "edit_settings",
    "credit_override",
    "offer",
    "cancel_offer",
    "agreement_discount",
    "import",
    "backup",
    "see_all",
]
Action = CustomerAction | OwnerAction
CUSTOMER_ACTIONS: Final[tuple[CustomerAction, ...]] = get_args(CustomerAction)
OWNER_ACTIONS: Final[tuple[OwnerAction, ...]] = get_args(OwnerAction)
ACTIONS: Final[tuple[Action, ...]] = (*CUSTOMER_ACTIONS, *OWNER_ACTIONS)


# What a refusal says, where it says more than that it is not the viewer's to do.
DENIED_KEYS: Final[Mapping[Action, str]] = {
    "agreement_discount": "lan.denied.agreement_discount",
}


class AccessDenied(PermissionError):
    """The viewer may not do ``action`` (on ``customer`` when given).

    >>> AccessDenied("agreement_discount").message("en")
    'Only the owner can give a settlement discount.'
    """

    def __init__(self, action: Action, customer: str | None = None) -> None:
        super().__init__(f"{action} {customer or ''}".strip())
        self.action = action
        self.customer = customer

    def message(self, lang: Lang = "id") -> str:
        return t(DENIED_KEYS.get(self.action, "lan.denied"), lang)


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking: ``username`` is the account's unique name ("" for nobody signed in).

    ``customers`` are the staff member's assigned customers, taken from the assignments when
    the viewer is made (``viewer_of``); the owner's are all, whatever the field holds.
    """

    username: str
    role: Role
    customers: frozenset[CustomerKey] = frozenset()

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"

    @property
    def scope(self) -> frozenset[CustomerKey] | None:
        """The customers this viewer may see; ``None`` means every customer (the owner)."""
        return None if self.is_owner else self.customers


OWNER_AT_PC: Final = Viewer("owner", "owner")  # local mode: whoever sits at the shop's computer
NOBODY: Final = Viewer("", "staff")  # LAN mode without a session: no customer, no action


def viewer_of(username: str, role: str, assignments: Mapping[str, str]) -> Viewer:
    """The viewer for an account: a staff member gets the customers assigned to ``username``.

    ``assignments`` maps a customer key to the username handling it. An unknown role counts as
    staff, the lesser one.
    """
    if role == "owner":
        return Viewer(username, "owner")
    mine = (CustomerKey(key) for key, who in assignments.items() if username and who == username)
    return Viewer(username, "staff", frozenset(mine))


def can_see(viewer: Viewer, customer: str) -> bool:
    return viewer.is_owner or CustomerKey(customer) in viewer.customers


def may(viewer: Viewer, action: Action, customer: str | None = None) -> bool:
    """Whether the viewer may do ``action``; a customer's action also needs that customer.

    A customer's action without a customer asks whether the viewer may do it to someone: true
    for the owner and for staff with at least one customer.
    """
    if viewer.is_owner:
        return True
    if action not in CUSTOMER_ACTIONS:
        return False
    if customer is None:
        return bool(viewer.customers)
    return can_see(viewer, customer)


def require(viewer: Viewer, action: Action, customer: str | None = None) -> None:
    """Raise ``AccessDenied`` unless ``may(viewer, action, customer)``."""
    if not may(viewer, action, customer):
        raise AccessDenied(action, customer)


def visible_customers(viewer: Viewer, ledger: Ledger) -> frozenset[CustomerKey]:
    """The customers of the book this viewer may see."""
    keys = {inv.customer_key for inv in ledger.invoices} | set(ledger.customer_names)
    return frozenset(k for k in keys if can_see(viewer, k))


def visible_ledger(viewer: Viewer, ledger: Ledger) -> Ledger:
    """The book restricted to what the viewer may see: their customers' invoices, payments and
    contacts (the whole book for the owner)."""
    return restrict(ledger, viewer.scope)


def restrict(ledger: Ledger, scope: frozenset[CustomerKey] | None) -> Ledger:
    """The book of the customers in ``scope`` (all of it for ``None``), for callers that cache
    by the scope rather than the viewer."""
    if scope is None:
        return ledger
    return Ledger(
        invoices=[inv for inv in ledger.invoices if inv.customer_key in scope],
        payments=[p for p in ledger.payments if ledger.customer_of(p) in scope],
        customer_names={k: v for k, v in ledger.customer_names.items() if k in scope},
        phones={k: v for k, v in ledger.phones.items() if k in scope},
        credit_balances={k: v for k, v in ledger.credit_balances.items() if k in scope},
    )


class _OfCustomer(Protocol):
    @property
    def customer(self) -> str: ...


class _OfCustomerKey(Protocol):
    @property
    def customer_key(self) -> str: ...


class _Tracked(Protocol):
    @property
    def offer(self) -> _OfCustomerKey: ...


A = TypeVar("A", bound=_OfCustomer)
K = TypeVar("K", bound=_OfCustomerKey)
T = TypeVar("T", bound=_Tracked)


def visible_agreements(viewer: Viewer, agreements: Iterable[A]) -> list[A]:
    """The agreements of the viewer's customers, in the order given."""
    return [a for a in agreements if can_see(viewer, a.customer)]


def visible_records(viewer: Viewer, records: Iterable[K]) -> list[K]:
    """Events, offers, invoices or daily actions (anything with a ``customer_key``) of the
    viewer's customers, in the order given."""
    return [r for r in records if can_see(viewer, r.customer_key)]


def visible_offers(viewer: Viewer, tracked: Iterable[T]) -> list[T]:
    """Tracked offers (an offer with its status) of the viewer's customers, in the order given."""
    return [o for o in tracked if can_see(viewer, o.offer.customer_key)]


# The owner's writes, checked here whatever the page showed.


def assign(store: Store, viewer: Viewer, customer: str, username: str | None) -> None:
    """Hand ``customer`` to the staff account ``username`` (``None``: back to the owner)."""
    require(viewer, "reassign")
    store.assign(CustomerKey(customer), username)


def change_setting(store: Store, viewer: Viewer, key: str, value: Any) -> None:
    """Save one of the owner's settings (agreements, late fee, LAN mode, backups…)."""
    require(viewer, "edit_settings")
    store.set_setting(key, value)
