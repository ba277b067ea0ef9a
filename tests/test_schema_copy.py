from .conftest import REPO


def test_schema_copy_is_identical_to_shared(shared_data):
    shared = shared_data.parent / "schema" / "document.schema.json"
    ours = REPO / "src" / "rasd" / "schema" / "document.schema.json"
    assert ours.read_bytes() == shared.read_bytes(), "the repository's schema copy drifted from ../shared/schema"
