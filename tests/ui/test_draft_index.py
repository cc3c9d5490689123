"""The overview asks every kind whether a draft waits: one read answers them all."""

from __future__ import annotations

from typing import Any

from workbook.storage.repository import PlanRepository
from workbook.ui.store import PlanStore


def test_every_kinds_drafts_come_from_one_read(qapp: object, repo: PlanRepository) -> None:
    repo.save_draft("editor-index:TrustedContact", '["new", "c-1"]')
    repo.save_draft("editor-index:BackupPlan", "not json")  # damaged: counts as none
    repo.save_draft("editor-index:ProxySuspect", '{"not": "a list"}')
    store = PlanStore(repo)
    reads: list[Any] = []
    for name in ("load_draft", "load_drafts"):
        original = getattr(repo, name)

        def counted(*args: Any, _original: Any = original, _name: str = name) -> Any:
            reads.append(_name)
            return _original(*args)

        setattr(repo, name, counted)
    assert store.draft_ids("TrustedContact") == ["new", "c-1"]
    assert store.draft_ids("BackupPlan") == []
    assert store.draft_ids("ProxySuspect") == []
    assert store.draft_ids("MandatedObligation") == []
    assert reads == ["load_drafts"]


def test_the_kept_lists_stay_in_step_with_saving_and_discarding(
    qapp: object, repo: PlanRepository
) -> None:
    store = PlanStore(repo)
    assert store.draft_ids("TrustedContact") == []
    store.save_draft("TrustedContact", None, {"name": "Half typed"})
    store.save_draft("TrustedContact", "c-2", {"name": "Changed"})
    assert store.draft_ids("TrustedContact") == ["new", "c-2"]
    store.discard_draft("TrustedContact", None)
    assert store.draft_ids("TrustedContact") == ["c-2"]
    assert PlanStore(repo).draft_ids("TrustedContact") == ["c-2"]  # as kept on disk
