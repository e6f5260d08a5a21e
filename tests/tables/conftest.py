"""Documents of the development batches that several table tests read (skipped without ../extra)."""
import pytest

import extract
from tests.corpus import extra_path


@pytest.fixture(scope="session")
def o_008():
    """Batch O's district plan whose annex tables come flattened one cell per line, merged cells and all."""
    return extract.extract(extra_path("corpus", "o-008.txt"), use_model=False)


@pytest.fixture(scope="session")
def g_015():
    """Batch G's district plan whose yearly table has a header cell broken over lines and a second header row."""
    return extract.extract(extra_path("corpus", "g-015.txt"), use_model=False)
