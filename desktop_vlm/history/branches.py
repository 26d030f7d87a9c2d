"""Which messages of a conversation are on screen when it has versions.

A conversation is a tree of messages (each row's ``parent_id`` is the message it follows). Regenerating an
answer adds a sibling answer under the same question; editing a question adds a sibling question under the
same parent, and the answers after the old wording stay under it. The visible branch starts at the roots and
at every level follows the sibling chosen last — the highest ``chosen_seq``, the newest on a tie — which is
what a person switching between versions expects to come back to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class BranchStep:
    """One message on the visible branch and the ids of all its versions (its siblings, itself included),
    oldest first."""

    row: Mapping
    versions: tuple[int, ...]


def visible_branch(rows: Iterable[Mapping]) -> list[BranchStep]:
    """The visible branch of a conversation from its message rows.

    Parameters
    ----------
    rows : iterable of mappings
        Every message of one conversation with at least ``id``, ``parent_id`` and ``chosen_seq``, in id order.

    Returns
    -------
    list of BranchStep
        From the first question to the newest message on the branch.
    """
    children: dict[int | None, list[Mapping]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    branch: list[BranchStep] = []
    parent: int | None = None
    while kids := children.get(parent):
        chosen = max(kids, key=lambda r: (r["chosen_seq"], r["id"]))
        branch.append(BranchStep(chosen, tuple(k["id"] for k in kids)))
        parent = chosen["id"]
    return branch
