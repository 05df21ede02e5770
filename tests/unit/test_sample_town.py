"""The bundled sample town: deterministic, current, and as documented in its README.

The demo and other tests rely on the ids listed in ``sample_data/README.md``,
so these tests re-derive each documented fact from the GeoPackage itself
(read with plain sqlite3, geometry decoded here) rather than from the
generator's own bookkeeping.
"""

from __future__ import annotations

import re
import sqlite3
import struct
from collections import Counter

import networkx as nx
import pytest
from water_outage_notifier.devtools import sample_town
from water_outage_notifier.devtools.gpkg_writer import content_digest

SAMPLE = sample_town.SAMPLE_PATH
README = sample_town.README_PATH.read_text(encoding="utf-8")
TOLERANCE = 0.01


def decode(blob: bytes) -> list:
    """GeoPackage blob -> list of parts (a point is one part of one vertex)."""
    assert blob[:2] == b"GP"
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0b111]
    wkb = blob[8 + envelope :]
    kind = struct.unpack_from("<I", wkb, 1)[0]
    if kind == 1:
        return [[struct.unpack_from("<2d", wkb, 5)]]
    offset, count, parts = 5, 1, []
    if kind == 5:
        count, offset = struct.unpack_from("<I", wkb, 5)[0], 9
    for _ in range(count):
        if kind == 5:
            offset += 5
        n = struct.unpack_from("<I", wkb, offset)[0]
        flat = struct.unpack_from(f"<{2 * n}d", wkb, offset + 4)
        parts.append(list(zip(flat[::2], flat[1::2])))
        offset += 4 + 16 * n
    return parts


@pytest.fixture(scope="module")
def db():
    conn = sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def pipes(db) -> dict:
    return {pid: decode(g) for pid, g in db.execute("SELECT cod_condotta, geom FROM condotte")}


def documented(label: str) -> list:
    """Ids on the README bullet that starts with ``label``."""
    line = next(x for x in README.splitlines() if x.startswith(f"- {label}"))
    return re.findall(r"\b[CVU]\d{6,7}\b", line.split(":", 1)[1].split("...")[0])


def test_same_seed_gives_same_file_and_other_seed_differs(tmp_path):
    first, again, other = tmp_path / "a.gpkg", tmp_path / "b.gpkg", tmp_path / "c.gpkg"
    sample_town.generate(first, seed=7, pipes=800)
    sample_town.generate(again, seed=7, pipes=800)
    sample_town.generate(other, seed=8, pipes=800)
    assert content_digest(str(first)) == content_digest(str(again))
    assert first.read_bytes() == again.read_bytes()
    assert content_digest(str(first)) != content_digest(str(other))


def test_committed_sample_and_readme_are_what_the_generator_makes_now(tmp_path):
    out = tmp_path / "sample.gpkg"
    network, clients, contacts = sample_town.generate(out)
    assert content_digest(str(out)) == content_digest(str(SAMPLE))
    assert sample_town.readme_block(network, clients, contacts) in README


def test_geopackage_metadata_crs_and_documented_counts(db):
    assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert db.execute("PRAGMA user_version").fetchone()[0] == 10300
    srs = dict(db.execute("SELECT srs_id, definition FROM gpkg_spatial_ref_sys"))
    assert 'AUTHORITY["EPSG","32632"]]' in srs[32632]
    kinds = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
    assert kinds == {
        "condotte": "MULTILINESTRING",
        "valvole": "POINT",
        "fonti": "POINT",
        "utenze": "POINT",
        "strade": "MULTILINESTRING",
        "edifici": "POLYGON",
    }
    contents = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert contents["contatti"] == "attributes"
    counts = re.search(r"Counts: (.*)\.", README).group(1)
    for number, table in re.findall(r"(\d+) `(\w+)`", counts):
        assert db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == int(number)


@pytest.mark.parametrize(
    "table, fields",
    [
        ("condotte", sample_town.PIPE_FIELDS),
        ("valvole", sample_town.VALVE_FIELDS),
        ("fonti", sample_town.SOURCE_FIELDS),
        ("utenze", sample_town.CUSTOMER_FIELDS),
        ("contatti", sample_town.CONTACT_FIELDS),
        ("strade", sample_town.STREET_FIELDS),
        ("edifici", sample_town.BUILDING_FIELDS),
    ],
)
def test_fields_are_the_documented_ones(db, table, fields):
    names = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    assert [n for n in names if n not in ("fid", "geom")] == [f for f, _ in fields]
    table_line = next(x for x in README.splitlines() if x.startswith(f"| `{table}`"))
    for field, _ in fields:
        assert f"`{field}`" in table_line


def test_rtree_holds_every_feature_with_its_envelope(db):
    for table in ("condotte", "utenze"):
        boxes = {row[0]: row[1:] for row in db.execute(f'SELECT * FROM "rtree_{table}_geom"')}
        rows = db.execute(f'SELECT fid, geom FROM "{table}"').fetchall()
        assert len(boxes) == len(rows)
        for fid, blob in rows[::97]:
            xs = [x for part in decode(blob) for x, _ in part]
            ys = [y for part in decode(blob) for _, y in part]
            box = boxes[fid]
            assert box[0] <= min(xs) and box[1] >= max(xs)
            assert box[2] <= min(ys) and box[3] >= max(ys)
            # float32, widened outwards by less than three ulps (0.5 m here) each side
            assert box[1] - box[0] <= max(xs) - min(xs) + 3.01
            assert box[3] - box[2] <= max(ys) - min(ys) + 3.01


def test_rtree_is_consistent_and_answers_window_queries(db):
    for table in ("condotte", "valvole", "fonti", "utenze"):
        assert db.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone() == ("ok",)
    geometries = {fid: decode(blob) for fid, blob in db.execute("SELECT fid, geom FROM utenze")}
    for fid in list(geometries)[::1500]:
        (x, y) = geometries[fid][0][0]
        x0, y0, x1, y1 = x - 70, y - 60, x + 80, y + 60
        found = {
            row[0]
            for row in db.execute(
                "SELECT id FROM rtree_utenze_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ?"
                " AND miny <= ?",
                (x0, x1, y0, y1),
            )
        }
        inside = {
            f for f, g in geometries.items() if x0 <= g[0][0][0] <= x1 and y0 <= g[0][0][1] <= y1
        }
        assert inside and inside <= found
        assert len(found - inside) <= len(inside) // 2 + 2  # only points within a metre of the edge


def test_every_phone_format_category_and_state_is_present(db):
    phones = [row[0] for row in db.execute("SELECT cellulare FROM utenze")]
    patterns = {
        "spaced": r"3\d\d \d{3} \d{4}",
        "compact": r"3\d{9}",
        "plus": r"\+39 3\d\d \d{7}",
        "double_zero": r"0039 3\d{9}",
        "bare_country": r"39 3\d\d \d{7}",
        "dashed": r"3\d\d-\d{3}-\d{4}",
        "landline": r"0542 \d{6}",
        "invalid": r"\d{4,5}",
        "empty": r"",
    }
    kinds = Counter(
        next((k for k, p in patterns.items() if re.fullmatch(p, phone)), "other")
        for phone in phones
        if phone is not None
    )
    assert set(kinds) == set(patterns)
    assert None in phones
    categories = {row[0] for row in db.execute("SELECT DISTINCT categoria FROM utenze")}
    assert categories == {"domestica", "condominio", "ospedale", "dialisi", "scuola", "commerciale"}
    units = dict(db.execute("SELECT categoria, max(unita) FROM utenze GROUP BY categoria"))
    assert units["domestica"] == 1 and 4 <= units["condominio"] <= 40
    states = {row[0] for row in db.execute("SELECT DISTINCT stato FROM valvole")}
    assert states == {"aperta", "chiusa", "inoperabile", "guasta", None}
    assert {r[0] for r in db.execute("SELECT DISTINCT consenso FROM utenze")} == {"si", "no", None}


def test_contacts_belong_to_shared_meters_and_administrators_are_shared(db):
    rows = db.execute(
        "SELECT c.ruolo, c.cellulare, u.categoria FROM contatti c"
        " JOIN utenze u ON u.cod_utenza = c.cod_utenza"
    ).fetchall()
    assert len(rows) == db.execute("SELECT count(*) FROM contatti").fetchone()[0]
    assert {category for _, _, category in rows} == {"condominio"}
    assert {role for role, _, _ in rows} == {"amministratore", "residente"}
    admin_numbers = Counter(phone for role, phone, _ in rows if role == "amministratore")
    assert max(admin_numbers.values()) > 1


def _distance(point, polyline) -> float:
    best = float("inf")
    for (x1, y1), (x2, y2) in zip(polyline, polyline[1:]):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((point[0] - x1) * dx + (point[1] - y1) * dy) / (dx * dx + dy * dy)))
        best = min(best, ((x1 + t * dx - point[0]) ** 2 + (y1 + t * dy - point[1]) ** 2) ** 0.5)
    return best


def _ends(parts: list) -> list:
    return [parts[0][0], parts[-1][-1]]


def test_documented_valve_and_customer_issues(db, pipes):
    valves = {
        vid: decode(g)[0][0] for vid, g in db.execute("SELECT cod_valvola, geom FROM valvole")
    }
    (ambiguous,) = documented("valve on a three-way junction")
    touching = [p for p, parts in pipes.items() if any(
        abs(x - valves[ambiguous][0]) <= TOLERANCE and abs(y - valves[ambiguous][1]) <= TOLERANCE
        for x, y in _ends(parts))]  # fmt: skip
    assert len(touching) == 3
    (off,) = documented("valve 3.5 m beside a pipe")
    assert min(_distance(valves[off], parts[0]) for parts in pipes.values()) > 3
    bad = documented("customers whose `cod_condotta` names no pipe")
    assert len(bad) == 5
    refs = dict(db.execute("SELECT cod_utenza, cod_condotta FROM utenze"))
    assert {c for c, p in refs.items() if p not in pipes} == set(bad)


def test_documented_geometry_issues(pipes):
    for pipe_id in documented("pipes written as two touching parts"):
        parts = pipes[pipe_id]
        assert len(parts) == 2 and parts[0][-1] == parts[1][0]
    assert sum(len(parts) for parts in pipes.values()) == len(pipes) + 6
    ends = Counter(end for parts in pipes.values() for end in _ends(parts))
    for pipe_id in documented("pipes with one end moved 2-8 mm"):
        lonely = [end for end in _ends(pipes[pipe_id]) if ends[end] == 1]
        assert len(lonely) == 1
    for pair in re.findall(r"C\d{6} x C\d{6}", README):
        a, b = pair.split(" x ")
        assert all(end not in _ends(pipes[b]) for end in _ends(pipes[a]))
        assert _distance(pipes[b][0][0], pipes[a][0]) > 1  # they cross, not touch
        (p1, p2), (q1, q2) = pipes[a][0][-2:], pipes[b][0][:2]
        assert _crosses(p1, p2, pipes[b][0]) or _crosses(q1, q2, pipes[a][0])


def _crosses(p1, p2, polyline) -> bool:
    def side(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    return any(
        side(q1, q2, p1) * side(q1, q2, p2) < 0 and side(p1, p2, q1) * side(p1, p2, q2) < 0
        for q1, q2 in zip(polyline, polyline[1:])
    )


def _pipe_graph(pipes: dict) -> nx.Graph:
    """Pipes joined where their ends meet within the tolerance (grid-hashed snapping)."""
    graph, cells = nx.Graph(), {}
    for pipe_id, parts in pipes.items():
        graph.add_node(pipe_id)
        for x, y in _ends(parts):
            cx, cy = int(x // TOLERANCE), int(y // TOLERANCE)
            for i in (cx - 1, cx, cx + 1):
                for j in (cy - 1, cy, cy + 1):
                    for other, (ox, oy) in cells.get((i, j), ()):
                        if abs(ox - x) <= TOLERANCE and abs(oy - y) <= TOLERANCE:
                            graph.add_edge(pipe_id, other)
            cells.setdefault((cx, cy), []).append((pipe_id, (x, y)))
    return graph


def test_documented_single_path_shutdowns_leave_the_documented_area_dry(db, pipes):
    """Independent check of the answer key, for the single-pipe segments listed."""
    graph = _pipe_graph(pipes)
    sources = [decode(g)[0][0] for (g,) in db.execute("SELECT geom FROM fonti")]
    fed_by = {p for p, parts in pipes.items() for s in sources if s in _ends(parts)}
    closed = documented("railway crossings")
    rows = re.findall(r"^\| (C\d{6}) \| [^|]+ \| (C\d{6}) \| (\d+) \|", README, re.MULTILINE)
    assert len(rows) >= 3
    for pipe_id, segment, dry in rows:
        cut = graph.copy()
        cut.remove_nodes_from([segment, *closed])
        reached = set().union(*(nx.node_connected_component(cut, s) for s in fed_by))
        assert len(set(cut) - reached) == int(dry), pipe_id
