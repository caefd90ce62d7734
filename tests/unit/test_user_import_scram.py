"""The bulk import's own SCRAM-SHA-256 verifiers are the ones libpq computes for the same password and salt."""

from __future__ import annotations

import base64

import psycopg
import pytest

from smsdesk.services.user_import import scram_sha_256


@pytest.mark.parametrize("password", ["pass-word-1", "Aa1!~ `'\"x", "p" * 64])
def test_the_verifier_matches_libpq(password):
    libpq = psycopg.pq.PGconn.connect(b"")  # no server needed: only its password hashing is used
    try:
        reference = libpq.encrypt_password(password.encode(), b"someone", b"scram-sha-256").decode()
    except psycopg.OperationalError:
        pytest.skip("this libpq cannot hash without a connection")
    finally:
        libpq.finish()
    salt = base64.b64decode(reference.split("$")[1].split(":")[1])
    assert scram_sha_256(password, salt) == reference


def test_other_characters_go_through_libpq():
    assert scram_sha_256("密码密码密码密码") is None
