import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    return Path(os.environ.get("RASD_DATA", REPO.parent / "shared" / "data")).resolve()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"../shared/data not found at {path}: set RASD_DATA to the shared data folder to run this test")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from rasd.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def schema():
    return json.loads((REPO / "src" / "rasd" / "schema" / "document.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validator(schema):
    import jsonschema

    return jsonschema.Draft202012Validator(schema)


SAMPLE = (
    "بيروت - أعلن وزير الخارجية اللبناني ناصيف حتي أمس أن بلاده ترفض أي اعتداء على سيادتها، "
    "وذلك خلال لقائه نظيره الفرنسي جان إيف لودريان في قصر بسترس.\n"
    "وأضاف حتي: «لن نقبل بأن يبقى الجنوب ساحة مفتوحة».\n"
)
