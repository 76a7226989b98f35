"""critexplorer presets: the list as JSON and as text, and --preset on it."""

from critexplorer.core.presets import load_presets

FIELDS = {"name", "formula", "vars", "xlim", "ylim", "description", "group"}


def test_json_lists_every_preset_with_the_contract_fields(cli):
    result = cli("presets", "--json")
    assert result.returncode == 0 and result.stderr == ""
    listed = result.json()
    assert [entry["name"] for entry in listed] == [p.name for p in load_presets()]
    for entry in listed:
        assert FIELDS <= set(entry)
        assert len(entry["vars"]) == 2 and all(isinstance(v, str) for v in entry["vars"])
        assert entry["xlim"][0] < entry["xlim"][1] and entry["ylim"][0] < entry["ylim"][1]
        assert isinstance(entry["description"], str) and entry["description"]
    by_name = {entry["name"]: entry for entry in listed}
    assert by_name["lecture"]["formula"] == "(1 - w1*w2)^2"
    assert by_name["lecture"]["vars"] == ["w1", "w2"]
    assert by_name["himmelblau"]["xlim"] == [-6.0, 6.0]
    assert by_name["himmelblau"]["group"] == "Test functions"


def test_preset_option_selects_one(cli):
    result = cli("presets", "--preset", "rosenbrock", "--json")
    assert result.returncode == 0
    (entry,) = result.json()
    assert entry["name"] == "rosenbrock" and entry["ylim"] == [-1.0, 3.0]


def test_text_output_has_a_block_per_preset(cli):
    result = cli("presets")
    assert result.returncode == 0 and result.stderr == ""
    blocks = result.stdout.strip().split("\n\n")
    assert len(blocks) == len(load_presets())
    first = blocks[0].splitlines()
    assert first[0].split()[0] == "lecture" and "L(w1, w2) = (1 - w1*w2)^2" in first[0]
    assert first[1].strip() == "w1 in [-2, 2], w2 in [-2, 2]"
