"""The operator's words for the data warnings of the trace and customers rooms.

A :class:`~..common.data_warning.DataWarning` carries a stable ``code``,
its ``role`` (the layer), the feature and plain ``params``; these sentences
say it in the interface's language. ``{layer}`` and ``{feature}`` are worded
by :func:`.problem_text.problem_text` from the warning's role and feature;
a ``code.why`` key is the sentence of one variant of a code, ``code.role``
the sentence of one layer.
"""

from __future__ import annotations

from .i18n import tr

TEXTS = {
    # pipes (trace/parts.py, checks.py, tees.py, network.py, builder.py)
    "null_geometry.pipe": "{layer}: {feature} has no line geometry; it is left out of the network.",
    "null_geometry.not_finite": (
        "{layer}: {feature} has a part with non-numeric coordinates; that part is left out of "
        "the network."
    ),
    "zero_length": (
        "{layer}: {feature} has a part of length {length}; that part is left out of the network."
    ),
    "pipes_out_of_service": (
        "{layer}: {count} pipe(s) are out of service (status {statuses}) and left out of the "
        "network."
    ),
    "duplicate_id.pipe": (
        "{layer}: id {feature_id} (feature {fid}) is also used by feature {other_fid}; both are "
        "kept, results list the id once."
    ),
    "dangling_end": (
        "{layer}: {feature} ends at ({x}, {y}) without meeting another pipe, a valve or a source."
    ),
    "crossing_without_junction": (
        "{layer}: {feature} and feature {other_fid} (id {other_id}) meet at ({x}, {y}) where "
        "neither has a pipe end shared with the other; they are not connected."
    ),
    "tee_without_node": (
        "{layer}: {feature} ends on pipe {other_pipe_id} (feature {other_fid}) at ({x}, {y}), "
        "where that pipe has no node; it is joined there (a tee)."
    ),
    "pipe_through_source": (
        "{layer}: {feature} runs through source {source_id} without ending in it; it is taken "
        "to pass through the source, which feeds it where it crosses the outline."
    ),
    "no_source": (
        "{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} "
        "piece(s)) is reached by no source; it is never reported as losing supply."
    ),
    "no_valves": (
        "{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} "
        "piece(s)) has no valve; isolating any pipe in it shuts all of it."
    ),
    "no_pipes": (
        "{layer}: none of its {pipes} pipe(s) in service has a usable line (the layer is empty, "
        "filtered or has no geometry), so the {valves} valve(s) and {sources} source(s) stand "
        "on no pipe."
    ),
    # valves (trace/placing.py, pieces.py, isolation.py)
    "null_geometry.valve": "{layer}: {feature} has no point geometry; it is ignored.",
    "null_id": ("{layer}: feature {fid} has no id; the crew sheet names it by its feature number."),
    "duplicate_id.valve": (
        "{layer}: {feature}: its id is also used by feature {other_fid}; both are kept."
    ),
    "null_valve_state": (
        "{layer}: {count} valve(s) have an empty state field and are treated as operable: "
        "{valve_ids}"
    ),
    "null_valve_type": (
        "{layer}: {count} valve(s) have an empty type field and are treated as isolating "
        "valves: {valve_ids}"
    ),
    "valves_not_isolating": (
        "{layer}: {count} valve(s) are of a type that does not shut a pipe ({types}); the "
        "trace passes them as open joints."
    ),
    "valve_ambiguous.junction": (
        "{layer}: {feature} sits where {ends} pipe ends meet, so it cannot shut one of them; "
        "it is ignored."
    ),
    "valve_ambiguous.same_junction": (
        "{layer}: {feature} sits on the same junction as valve {other_id}; it is ignored."
    ),
    "valve_ambiguous.same_point": (
        "{layer}: {feature} sits on the same point as valve {other_id}; it is ignored."
    ),
    "valve_at_source": (
        "{layer}: {feature} stands on a source, which already bounds the segments there; the "
        "source's connection is shut instead."
    ),
    "valve_off_network": (
        "{layer}: {feature} lies on no pipe (farther than {tolerance} from every pipe); it is "
        "ignored."
    ),
    "valve_on_retired_pipe": (
        "{layer}: {feature} stands only on pipes out of service; it is ignored."
    ),
    "check_valve_direction": (
        "{layer}: {feature} is a check valve between two pipes digitised against each other "
        "(both end or both start there), so its direction is unknown; water passes it both "
        "ways."
    ),
    "failed_valve_unknown.not_in_layer": (
        "{layer}: id {valve_id} marked as 'will not close' is not in the valve layer; the mark "
        "is ignored."
    ),
    "failed_valve_unknown.not_operable": (
        "{layer}: id {valve_id} marked as 'will not close' is not an operable valve in the "
        "model; the mark is ignored."
    ),
    # sources
    "source_off_network.no_geometry": "{layer}: {feature} has no geometry; it feeds nothing.",
    "source_off_network.area": (
        "{layer}: {feature} touches no pipe (no pipe ends inside it or within {tolerance} of its "
        "outline, and none runs through it); it feeds nothing."
    ),
    "source_off_network": (
        "{layer}: {feature} lies on no pipe (farther than {tolerance}); it feeds nothing."
    ),
    "source_on_retired_pipe": (
        "{layer}: {feature} stands only on pipes out of service; it feeds nothing."
    ),
    # customers, contacts, opt-out list, service lines (customers/)
    "duplicate_id.customers": (
        "{layer}, {feature}: the customer id in the field '{field}' is also used by feature "
        "{other_fid}; both are kept."
    ),
    "invalid_units": (
        "{layer}, {feature}: the units value {units} (field '{field}') is not a positive whole "
        "number; 1 is used."
    ),
    "unknown_customer": (
        "{layer}, {feature}: the customer id in the field '{field}' matches no customer; "
        "contact not used."
    ),
    "invalid_opt_out": "{layer}, {feature}: the number {phone} is not a mobile number; ignored.",
    "customer_unlinked": (
        "{layer}, {feature}: no value in the pipe field '{field}' and no geometry; not linked."
    ),
    "customer_too_far": (
        "{layer}, {feature}: no pipe piece within {tolerance} of the geometry; not linked."
    ),
    "unknown_pipe.by_position": (
        "{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; linked by "
        "position instead."
    ),
    "unknown_pipe.not_linked": (
        "{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; not linked."
    ),
    "pipe_out_of_service.by_position": (
        "{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; linked "
        "by position instead."
    ),
    "pipe_out_of_service.not_linked": (
        "{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; not "
        "linked."
    ),
    "customer_far_from_pipe": (
        "{layer}, {feature}: the point is {distance} from pipe {pipe_id} named in the field "
        "'{field}' (more than {tolerance}); linked to it anyway."
    ),
    "service_off_network.no_geometry": "{layer}, {feature}: no line geometry; not used.",
    "service_off_network": (
        "{layer}, {feature}: reaches no main (neither end lies within {tolerance} of a pipe); "
        "not used."
    ),
    "service_unknown_customer.blank": "{layer}, {feature}: no customer id; not used.",
    "service_unknown_customer": (
        "{layer}, {feature}: names customer {customer_id}, who is not in the customers layer; "
        "not used."
    ),
}

#: The layer a warning is about, by its ``role``.
LAYERS = {
    "pipe": "Pipe layer",
    "valve": "Valve layer",
    "source": "Source layer",
    "customers": "Customer layer",
    "contacts": "Contact list",
    "opt_out": "Opt-out list",
    "services": "Service line layer",
}


def sentence(key: str) -> str:
    """The translated sentence of ``key`` (a key of :data:`TEXTS`)."""
    return tr(TEXTS[key])


def layer_words(role: str) -> str:
    """The layer of ``role`` in the operator's words (the role itself when unknown)."""
    return tr(LAYERS[role]) if role in LAYERS else str(role)


def feature_words(fid, feature_id) -> str:
    """The feature a warning names: by number and id, or by its entry in a list."""
    if fid is None:
        return tr("entry {entry}").format(entry=feature_id)
    if feature_id is None or feature_id == "":
        return tr("feature {fid}").format(fid=fid)
    return tr("feature {fid} (id {feature_id})").format(fid=fid, feature_id=feature_id)
