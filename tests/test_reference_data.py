"""The reference data the tests compare against lives in the repository and says where it comes from."""

from shared_reference import REFERENCE_FILE, load_reference


def test_the_reference_file_is_in_the_repository_and_names_its_sources():
    document = load_reference()
    assert REFERENCE_FILE.parent.name == "data" and REFERENCE_FILE.parent.parent.name == "tests"
    assert "shared/reference/critical_points.json" in document["copied_from"]
    about = document["about"]
    assert "Sources:" in about
    for name in document["functions"]:  # every function's source is named: himmelblau, lecture_example, ...
        assert name.split("_")[0].lower() in about.lower(), name
