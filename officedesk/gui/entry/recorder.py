"""Every change the entry screen makes: a service call, then the one row it changed, then an undo command.

The path of a status key is kept short (ADR: the ≤ 16 ms budget from key press to repainted row): one
service transaction, the row updated from the service's answer with a precise dataChanged, and only then
the posts (a small query) and the summary (one aggregate query).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from officedesk.domain.enums import ActionStatus, ExcuseReason, PostState, Status
from officedesk.errors import UserError
from officedesk.gui.entry import labels, reads
from officedesk.gui.entry.commands import ServiceCommand
from officedesk.gui.entry.posts_model import PostsModel
from officedesk.gui.entry.roster_model import RosterModel
from officedesk.rules import schedule as sched
from officedesk.rules.lateness import classify
from officedesk.rules.text import nfc
from officedesk.services import findings, inspections, queries
from officedesk.services.context import Ctx
from officedesk.services.inspections import ObservationResult


def row_values(result: ObservationResult, *, arrival: time | None = None, departure: time | None = None,
               reason: ExcuseReason | str | None = None, document_no: str | None = None,
               note: str | None = None) -> dict[str, Any]:
    """The fields inspections.set_status stores, rebuilt from its answer and its arguments (no re-read)."""
    s = Status(result.status)
    values: dict[str, Any] = {
        "status": s, "unmarked": False, "minutes_late": result.minutes_late,
        "minutes_early": result.minutes_early,
        "arrival_time": arrival if s in (Status.LATE, Status.ON_TIME) else None,
        "departure_time": departure if s == Status.LEFT_EARLY else None,
        "excuse_reason": ExcuseReason(reason).value if reason and s == Status.EXCUSED else "",
        "document_no": nfc(document_no or "") if s == Status.EXCUSED else "",
    }
    if note is not None:
        values["note"] = nfc(note)
    return values


class Recorder(QObject):
    """Makes the changes of one open inspection and keeps the models in step with the database."""

    edited = Signal()  # after every change: the page refreshes its summary
    failed = Signal(object)  # a UserError to show
    reload_needed = Signal()  # an undo or redo was refused: the screen reloads from the database
    findings_changed = Signal()  # violations or photos changed by an undo or redo
    people_changed = Signal()  # someone joined or left the roster (added on the spot, or that undone)

    def __init__(self, ctx: Ctx, roster: RosterModel, posts: PostsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.roster = roster
        self.posts = posts
        self.stack = QUndoStack(self)
        self.inspection_id: str | None = None
        self.visit_date: date | None = None
        self.check_time: time | None = None
        self._schedule: sched.ScheduleVersion | None = None
        # Each observation's stored fields, so an undo step needs no read before the change it undoes; made from
        # the roster's rows (_raw) the first time a person is changed: a 2,000-person roster opens without them.
        self._states: dict[str, dict[str, Any]] = {}
        self._raw: dict[str, dict[str, Any]] = {}

    # -- the inspection ------------------------------------------------------------------------------
    def bind(self, inspection_id: str | None, header: dict[str, Any] | None = None,
             roster: list[dict[str, Any]] | None = None) -> None:
        self.stack.clear()
        self.inspection_id = inspection_id
        self._schedule = None
        if roster is not None:  # the roster query already read every field undo restores: no second read
            self._states, self._raw = {}, {r["id"]: r for r in roster}
        else:
            self._states = reads.observation_states(self.ctx, inspection_id) if inspection_id else {}
            self._raw = {}
        if header is not None:
            self.visit_date = header["visit_date"]
            self.check_time = header["check_time"]
            if header.get("schedule_json"):
                self._schedule = sched.from_json(json.loads(header["schedule_json"]))

    def _state(self, obs_id: str) -> dict[str, Any] | None:
        state = self._states.get(obs_id)
        if state is None and obs_id in self._raw:
            r = self._raw.pop(obs_id)
            state = self._states[obs_id] = {k: (bool(r[k]) if k == "unmarked" else r[k]) for k in reads.STATE_FIELDS}
        return state

    def describe_arrival(self, arrival: time) -> tuple[int, bool]:
        """Minutes late for this arrival under the inspection's stored schedule; (0, False) when on time."""
        if self._schedule is None or self.visit_date is None or self.check_time is None:
            return 0, False
        try:
            result = classify(Status.LATE, version=self._schedule, day=self.visit_date, check_time=self.check_time,
                              arrival=arrival)
        except sched.NoScheduleError:
            return 0, False
        return result.minutes_late, result.status == Status.LATE

    def describe_departure(self, departure: time) -> tuple[int, bool]:
        """Minutes early for this departure under the stored schedule; (0, False) within the early-leave grace."""
        if self._schedule is None or self.visit_date is None or self.check_time is None:
            return 0, False
        try:
            result = classify(Status.LEFT_EARLY, version=self._schedule, day=self.visit_date,
                              check_time=self.check_time, departure=departure)
        except sched.NoScheduleError:
            return 0, False
        return result.minutes_early, result.status == Status.LEFT_EARLY and result.minutes_early > 0

    def refresh_posts(self) -> None:
        if self.inspection_id is not None:
            self.posts.refresh(queries.post_checks(self.ctx, self.inspection_id))

    def _after(self) -> None:
        self.refresh_posts()
        self.edited.emit()

    def _push(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        self.stack.push(ServiceCommand(text, redo, undo, self._refused))

    def _refused(self, exc: UserError) -> None:
        self.failed.emit(exc)
        self.reload_needed.emit()

    def _try(self, fn: Callable[[], object]) -> bool:
        """Run a first change; a refusal is shown and nothing is pushed."""
        try:
            fn()
        except UserError as exc:
            self.failed.emit(exc)
            return False
        return True

    # -- people --------------------------------------------------------------------------------------
    def _set(self, obs_id: str, status: Status, kw: dict[str, Any]) -> None:
        result = inspections.set_status(self.ctx, obs_id, status, **kw)
        self.roster.update(obs_id, **row_values(result, **kw))
        # After the repaint: what this change stored (the session too), for the next undo.
        self._states[obs_id] = inspections.observation_state(self.ctx, obs_id)

    def _restore(self, obs_id: str, state: dict[str, Any]) -> None:
        inspections.restore_observation(self.ctx, obs_id, state)
        self.roster.update(obs_id, **state)
        self._states[obs_id] = {**(self._state(obs_id) or {}), **state}

    def mark(self, row: int, status: Status | str, **kw: Any) -> bool:
        """Set one person's status (kw: arrival, departure, reason, document_no, note). False if refused."""
        status = Status(status)
        person = self.roster.row(row)
        obs_id = person.id
        before = self._state(obs_id)
        try:
            if before is None:
                before = inspections.observation_state(self.ctx, obs_id)
            self._set(obs_id, status, kw)
        except UserError as exc:
            self.failed.emit(exc)
            return False
        text = self.tr("{name}: {status}").format(name=person.full_name, status=labels.status_text(status))

        def redo() -> None:
            self._set(obs_id, status, kw)
            self._after()

        def undo() -> None:
            self._restore(obs_id, before)
            self._after()

        self._push(text, redo, undo)
        self._after()
        return True

    def set_note(self, row: int, note: str) -> bool:
        person = self.roster.row(row)
        obs_id, old = person.id, person.note
        if nfc(note) == old:
            return True

        def apply(value: str) -> None:
            self._restore(obs_id, {"note": nfc(value)})

        if not self._try(lambda: apply(note)):
            return False
        self._push(self.tr("Note of {name}").format(name=person.full_name), lambda: apply(note), lambda: apply(old))
        self.edited.emit()
        return True

    def rest_present(self) -> int:
        """"Everyone else present"; undo restores each of those people as they were."""
        if self.inspection_id is None:
            return 0
        insp_id = self.inspection_id
        ids = self.roster.unmarked_ids()
        if not ids:
            return 0
        before = {i: self._state(i) or inspections.observation_state(self.ctx, i) for i in ids}
        try:
            count = inspections.mark_rest_present(self.ctx, insp_id)
        except UserError as exc:
            self.failed.emit(exc)
            return 0
        self._mark_present(ids)

        def redo() -> None:
            inspections.mark_rest_present(self.ctx, insp_id)
            self._mark_present(ids)
            self._after()

        def undo() -> None:
            for obs_id, state in before.items():
                self._restore(obs_id, state)
            self._after()

        self._push(self.tr("Everyone else present ({count})").format(count=count), redo, undo)
        self._after()
        return count

    def _mark_present(self, ids: list[str]) -> None:
        for obs_id in ids:
            self.roster.update(obs_id, status=Status.ON_TIME, unmarked=False, minutes_late=0)
        if self.inspection_id is not None:
            self._states, self._raw = reads.observation_states(self.ctx, self.inspection_id), {}

    def add_person(self, full_name: str, position: str) -> int:
        """Someone not on the roster; returns their row (or -1). Undo takes them off again, redo puts them back
        with what had been recorded for them."""
        if self.inspection_id is None:
            return -1
        insp_id = self.inspection_id
        try:
            obs_id = inspections.add_person_on_spot(self.ctx, insp_id, full_name=full_name, position=position)
        except UserError as exc:
            self.failed.emit(exc)
            return -1
        row = self._show_person(insp_id, obs_id)
        withdrawn: list[inspections.WithdrawnPerson] = []

        def undo() -> None:
            withdrawn.append(inspections.withdraw_person_on_spot(self.ctx, obs_id))
            self.roster.remove(obs_id)
            self._states.pop(obs_id, None)
            self._roster_changed()

        def redo() -> None:
            inspections.restore_person_on_spot(self.ctx, withdrawn.pop())
            self._show_person(insp_id, obs_id)

        self._push(self.tr("Add {name}").format(name=nfc(full_name)), redo, undo)
        return row

    def _show_person(self, inspection_id: str, obs_id: str) -> int:
        rows = queries.roster(self.ctx, inspection_id)
        position_in_roster = next(i for i, r in enumerate(rows) if r["id"] == obs_id)
        self.roster.insert(position_in_roster, rows[position_in_roster])
        self._states[obs_id] = reads.observation_states(self.ctx, inspection_id)[obs_id]
        self._roster_changed()
        return position_in_roster

    def _roster_changed(self) -> None:
        self.people_changed.emit()
        self.edited.emit()

    # -- posts and check time ------------------------------------------------------------------------
    def set_post(self, check_id: str, state: PostState, reason: str) -> bool:
        old = next((p for p in self.posts.rows() if p.id == check_id), None)
        if old is None:
            return False
        if not self._try(lambda: inspections.set_post_state(self.ctx, check_id, state, reason)):
            return False
        old_state, old_reason = PostState(old.state), old.override_reason

        def redo() -> None:
            inspections.set_post_state(self.ctx, check_id, state, reason)
            self._after()

        def undo() -> None:
            inspections.set_post_state(self.ctx, check_id, old_state, old_reason)
            self._after()

        self._push(self.tr("Post {name}").format(name=old.name), redo, undo)
        self._after()
        return True

    def set_check_time(self, value: time) -> bool:
        if self.inspection_id is None or value == self.check_time:
            return True
        insp_id, old = self.inspection_id, self.check_time
        assert old is not None

        def apply(t: time) -> None:
            inspections.set_check_time(self.ctx, insp_id, t)
            self.check_time = t

        if not self._try(lambda: apply(value)):
            return False

        def redo() -> None:
            apply(value)
            self._after()

        def undo() -> None:
            apply(old)
            self._after()

        self._push(self.tr("Check time"), redo, undo)
        self._after()
        return True

    # -- findings ------------------------------------------------------------------------------------
    def add_violation(self, category_code: str, description: str, staff_id: str | None) -> bool:
        if self.inspection_id is None:
            return False
        insp_id = self.inspection_id
        current: dict[str, str] = {}

        def add() -> None:
            current["id"] = findings.add_violation(self.ctx, insp_id, category_code=category_code,
                                                   description=description, staff_id=staff_id)

        if not self._try(lambda: add()):
            return False

        def redo() -> None:
            add()
            self.findings_changed.emit()

        def undo() -> None:
            findings.remove_violation(self.ctx, current["id"])
            self.findings_changed.emit()

        self._push(self.tr("Add a violation"), redo, undo)
        self.edited.emit()
        return True

    def remove_violation(self, record: dict[str, Any]) -> bool:
        if self.inspection_id is None:
            return False
        insp_id = self.inspection_id
        current = {"id": record["id"]}
        if not self._try(lambda: findings.remove_violation(self.ctx, current["id"])):
            return False

        def redo() -> None:
            findings.remove_violation(self.ctx, current["id"])
            self.findings_changed.emit()

        def undo() -> None:
            current["id"] = findings.add_violation(self.ctx, insp_id, category_code=record["category_code"],
                                                   description=record["description"] or "",
                                                   staff_id=record["staff_id"])
            self.findings_changed.emit()

        self._push(self.tr("Remove a violation"), redo, undo)
        self.edited.emit()
        return True

    # -- corrective actions --------------------------------------------------------------------------
    def add_action(self, description: str, owner: str, deadline: date, finding_ref: str = "") -> bool:
        if self.inspection_id is None:
            return False
        insp_id = self.inspection_id
        current: dict[str, str] = {}

        def add() -> None:
            current["id"] = findings.add_action(self.ctx, insp_id, description=description, owner=owner,
                                                deadline=deadline, finding_ref=finding_ref)

        if not self._try(add):
            return False

        def redo() -> None:
            add()
            self.findings_changed.emit()

        def undo() -> None:
            findings.remove_action(self.ctx, current["id"])
            self.findings_changed.emit()

        self._push(self.tr("Add a corrective action"), redo, undo)
        self.edited.emit()
        return True

    def set_action_status(self, record: dict[str, Any], status: ActionStatus, note: str) -> bool:
        """An action of this inspection cancelled, or an earlier one checked done; undo puts back how it stood."""
        action_id = record["id"]
        before = (ActionStatus(record["status"]), record.get("progress_note") or "", record.get("done_on"))

        def apply(state: tuple[ActionStatus, str, date | None]) -> None:
            findings.update_action(self.ctx, action_id, status=state[0], note=state[1], done_on=state[2])

        after = (status, note, None)
        if not self._try(lambda: apply(after)):
            return False

        def redo() -> None:
            apply(after)
            self.findings_changed.emit()

        def undo() -> None:
            apply(before)
            self.findings_changed.emit()

        text = (self.tr("Action done: {what}") if status == ActionStatus.DONE
                else self.tr("Action cancelled: {what}")).format(what=record["description"])
        self._push(text, redo, undo)
        return True

    def photo_added(self, attachment_id: str, data: bytes, caption: str) -> None:
        """A photo attached (off the GUI thread, by the photos panel): undo removes it, redo attaches it again."""
        if self.inspection_id is None:
            return
        insp_id = self.inspection_id
        current = {"id": attachment_id}

        def redo() -> None:
            current["id"] = findings.add_attachment(self.ctx, insp_id, data, caption)
            self.findings_changed.emit()

        def undo() -> None:
            findings.remove_attachment(self.ctx, current["id"])
            self.findings_changed.emit()

        self._push(self.tr("Add a photo"), redo, undo)

    def remove_photo(self, attachment_id: str, data: bytes, caption: str) -> bool:
        if self.inspection_id is None:
            return False
        insp_id = self.inspection_id
        current = {"id": attachment_id}
        if not self._try(lambda: findings.remove_attachment(self.ctx, attachment_id)):
            return False

        def redo() -> None:
            findings.remove_attachment(self.ctx, current["id"])
            self.findings_changed.emit()

        def undo() -> None:
            current["id"] = findings.add_attachment(self.ctx, insp_id, data, caption)
            self.findings_changed.emit()

        self._push(self.tr("Remove a photo"), redo, undo)
        return True
