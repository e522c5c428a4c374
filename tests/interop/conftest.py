"""pytest wiring for the corpack release interop suite (helpers live in interop_support.py).

Release under test: ``CORPACK_RELEASE`` (a ``dist/NAME-VERSION/`` folder), else the newest
``<repo>/dist/*/`` with a manifest.json, by the SemVer after the dataset name.
Raw inputs: ``CORPACK_SEEDS``, else ``<repo>/seeds``.  No release found -> every test errors.
"""

import pytest

from interop_support import Release, describe_target, load_release


@pytest.fixture(scope="session")
def release() -> Release:
    return load_release()


def pytest_report_header(config):
    return describe_target()
