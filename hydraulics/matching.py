"""Which model link is which GIS pipe, and what each side lacks.

Utilities often build their EPANET model from the same GIS, so a pipe's id
is its link's id; otherwise a field of the pipes layer holds the link id.
Models are usually skeletonised (services and small pipes left out) and
GIS layers hold pipes not yet in the model, so a partial match is normal:
the model report lists both sides' leftovers. A match with no pipe at all
is a wrong model or a wrong field: the ``model_ids_do_not_match`` problem.

Model links named like a valve of the GIS (valves modelled as links) are
matched to that valve, so a valve to close is closed in the model too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .problems import IDS_DO_NOT_MATCH, HydraulicProblem

#: How many ids a problem or a summary quotes.
EXAMPLES = 3


@dataclass(frozen=True)
class ModelMatch:
    """GIS pipes and valves against model links (link indices in toolkit order, from 0).

    ``links_of_pipe`` maps a pipe id to its links (usually one; a pipe the
    model splits in two, with a link field, has two), ``pipes_of_link`` the
    other way. ``pipes_missing`` are GIS pipe ids with no link;
    ``links_missing`` model link ids that are no GIS pipe or valve.
    """

    links_of_pipe: Mapping
    pipes_of_link: Mapping
    link_of_valve: Mapping
    pipes_missing: tuple
    links_missing: tuple
    link_field: str = ""

    def report(self) -> dict:
        """The model report: counts and every id on either side's list."""
        return {
            "pipes_matched": len(self.links_of_pipe),
            "valves_matched": len(self.link_of_valve),
            "pipes_missing_from_model": list(self.pipes_missing),
            "links_missing_from_gis": list(self.links_missing),
            "link_field": self.link_field,
        }

    def summary(self) -> dict:
        """The counts of :meth:`report`, for the isolate report and the dock."""
        return {
            "pipes_matched": len(self.links_of_pipe),
            "pipes_missing_from_model": len(self.pipes_missing),
            "links_missing_from_gis": len(self.links_missing),
        }


def match_model(
    link_ids: Iterable[str],
    pipe_ids: Iterable,
    link_of_pipe: Mapping | None = None,
    valve_ids: Iterable = (),
    link_field: str = "",
) -> ModelMatch:
    """Match the model's ``link_ids`` to the GIS ``pipe_ids`` (and ``valve_ids``).

    ``link_of_pipe`` maps pipe id -> link id read from the link field; None
    means each pipe's link id is its own id. Ids compare as text, since
    EPANET ids are text and GIS ids may be numbers. Raises the
    ``model_ids_do_not_match`` problem when no pipe matches.
    """
    link_ids = list(link_ids)
    index = {link_id: i for i, link_id in enumerate(link_ids)}
    pipe_ids = list(dict.fromkeys(pipe_ids))
    links_of_pipe: dict = {}
    pipes_of_link: dict = {}
    missing = []
    for pipe_id in pipe_ids:
        named = pipe_id if link_of_pipe is None else link_of_pipe.get(pipe_id)
        link = index.get(_text(named)) if named is not None else None
        if link is None:
            missing.append(pipe_id)
            continue
        links_of_pipe.setdefault(pipe_id, []).append(link)
        pipes_of_link.setdefault(link, []).append(pipe_id)
    if not links_of_pipe:
        raise HydraulicProblem(
            IDS_DO_NOT_MATCH,
            pipes=len(pipe_ids),
            links=len(link_ids),
            pipe_examples=", ".join(_text(p) for p in pipe_ids[:EXAMPLES]),
            link_examples=", ".join(link_ids[:EXAMPLES]),
            link_field=link_field,
        )
    link_of_valve = {
        valve_id: index[_text(valve_id)]
        for valve_id in valve_ids
        if valve_id is not None
        and _text(valve_id) in index
        and index[_text(valve_id)] not in pipes_of_link
    }
    used = set(pipes_of_link) | set(link_of_valve.values())
    return ModelMatch(
        links_of_pipe={k: tuple(v) for k, v in links_of_pipe.items()},
        pipes_of_link={k: tuple(v) for k, v in pipes_of_link.items()},
        link_of_valve=link_of_valve,
        pipes_missing=tuple(missing),
        links_missing=tuple(link_id for i, link_id in enumerate(link_ids) if i not in used),
        link_field=link_field,
    )


def _text(value) -> str:
    """An id as EPANET writes it: integral floats lose their ``.0``, text is stripped."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
