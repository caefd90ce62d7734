"""The dispatcher's batched calls pass their arrays as PostgreSQL array literals built in Python
(store/dispatch_calls.py): what the server reads from them is exactly what the dispatcher had."""

from __future__ import annotations

import psycopg
import pytest

from smsdesk.store.dispatch_calls import bool_array, int_array, text_array
from tests.dispatcher.world import _module_world, world  # noqa: F401  (fixtures)

pytestmark = pytest.mark.db

TEXTS = [
    [],
    [None, None],
    ["DELIVRD", "UNDELIV", "000"],
    [None, "other", None, "invalid_number"],
    ["", None, ""],
    [None, 'say "hi"', "back\\slash", None],
    ['"', "\\", "{", "}", ",", "NULL", " x ", "id:12 sub:001 stat:DELIVRD text:你好"],
    ["NULL", None],
]


@pytest.mark.parametrize("values", TEXTS)
def test_text_arrays_reach_the_server_as_they_were(world, values):  # noqa: F811
    with psycopg.connect(**world.db.su.conninfo(), autocommit=True) as conn:
        assert conn.execute("SELECT %s::text[]", (text_array(values),)).fetchone()[0] == values


def test_int_and_bool_arrays_reach_the_server_as_they_were(world):  # noqa: F811
    with psycopg.connect(**world.db.su.conninfo(), autocommit=True) as conn:
        ints, bools = [0, -1, 2**62, 7], [True, False, True]
        assert conn.execute("SELECT %s::bigint[], %s::boolean[]", (int_array(ints), bool_array(bools))).fetchone() == (
            ints, bools)
        assert conn.execute("SELECT %s::bigint[]", (int_array([]),)).fetchone()[0] == []
