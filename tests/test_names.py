import pytest

from wirecoder import names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelenskiy", "Zelensky"),
        ("Zelenskyy", "Volodymyr Zelenskiy"),
        ("Khamenei", "Hamenei"),
        ("Mr. Putin", "Putin’s"),
        ("Dmitriy Peskov", "Peskov"),
        ("Podolyak", "Podoliak"),
    ],
)
def test_spelling_variants_share_a_surname(a: str, b: str) -> None:
    assert names.same_surname(a, b)


@pytest.mark.parametrize(("a", "b"), [("Biden", "Bush"), ("Rubio", "Rubin"), ("Lavrov", "Lavin"), ("Bose", "Boyle")])
def test_different_surnames_stay_apart(a: str, b: str) -> None:
    assert not names.same_surname(a, b)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("Mr. Putin's", "Putin"), ("Dr Jane Doe", "Jane Doe"), ("Martin Luther King Jr.", "Martin Luther King"), ("Putin", "Putin")],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert names.clean_name(raw) == clean
